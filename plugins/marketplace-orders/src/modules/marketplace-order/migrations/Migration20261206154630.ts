import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206154630 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "creator_refund" drop constraint if exists "creator_refund_idempotency_key_unique";`);
    this.addSql(`create table if not exists "commission_reversal" ("id" text not null, "commission_line_id" text not null, "refund_id" text not null, "order_id" text not null, "line_item_id" text not null, "currency_code" text not null, "amount" numeric not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "commission_reversal_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_reversal_deleted_at" ON "commission_reversal" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_reversal_commission_line_id" ON "commission_reversal" ("commission_line_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_reversal_order_id" ON "commission_reversal" ("order_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "creator_refund" ("id" text not null, "order_group_id" text null, "order_id" text not null, "creator_id" text null, "line_item_id" text null, "quantity" integer not null default 0, "amount" numeric not null, "currency_code" text not null, "method" text check ("method" in ('refunded', 'released')) not null, "payment_id" text null, "note" text null, "created_by" text null, "idempotency_key" text null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "creator_refund_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_creator_refund_deleted_at" ON "creator_refund" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_creator_refund_order_id" ON "creator_refund" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_creator_refund_order_group_id" ON "creator_refund" ("order_group_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_creator_refund_idempotency_key_unique" ON "creator_refund" ("idempotency_key") WHERE idempotency_key IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`alter table if exists "commission_line" drop column if exists "reversed_amount", drop column if exists "raw_reversed_amount";`);

    this.addSql(`alter table if exists "ledger_entry" add column if not exists "refund_id" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "commission_reversal" cascade;`);

    this.addSql(`drop table if exists "creator_refund" cascade;`);

    this.addSql(`alter table if exists "commission_line" add column if not exists "reversed_amount" numeric not null default 0, add column if not exists "raw_reversed_amount" jsonb not null default '{"value":"0","precision":20}';`);

    this.addSql(`alter table if exists "ledger_entry" drop column if exists "refund_id";`);
  }

}
