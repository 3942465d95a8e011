import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261206155643 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "creator_payout" ("id" text not null, "creator_id" text not null, "currency_code" text not null, "amount" numeric not null, "status" text check ("status" in ('proposed', 'approved', 'paid', 'canceled')) not null default 'proposed', "provider" text not null default 'manual', "reference" text null, "note" text null, "approved_at" timestamptz null, "approved_by" text null, "paid_at" timestamptz null, "paid_by" text null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "creator_payout_pkey" primary key ("id"));`,
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_creator_payout_deleted_at" ON "creator_payout" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_creator_payout_creator_id_currency_code" ON "creator_payout" ("creator_id", "currency_code") WHERE deleted_at IS NULL;`,
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_creator_payout_status" ON "creator_payout" ("status") WHERE deleted_at IS NULL;`)

    this.addSql(`alter table if exists "ledger_entry" add column if not exists "payout_id" text null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "creator_payout" cascade;`)

    this.addSql(`alter table if exists "ledger_entry" drop column if exists "payout_id";`)
  }
}
