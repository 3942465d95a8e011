import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261206084057 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "webhook_event" drop constraint if exists "webhook_event_provider_event_id_unique";`)
    this.addSql(`alter table if exists "service_confirmation" drop constraint if exists "service_confirmation_line_item_id_unique";`)
    this.addSql(`alter table if exists "order_group" drop constraint if exists "order_group_cart_id_unique";`)
    this.addSql(`alter table if exists "commission_line" drop constraint if exists "commission_line_line_item_id_unique";`)
    this.addSql(
      `create table if not exists "commission_line" ("id" text not null, "order_id" text not null, "line_item_id" text not null, "creator_id" text null, "currency_code" text not null, "base_amount" numeric not null, "amount" numeric not null, "reversed_amount" numeric not null default 0, "rule_id" text null, "rule" jsonb null, "raw_base_amount" jsonb not null, "raw_amount" jsonb not null, "raw_reversed_amount" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "commission_line_pkey" primary key ("id"));`,
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_line_deleted_at" ON "commission_line" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_line_order_id" ON "commission_line" ("order_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_line_creator_id" ON "commission_line" ("creator_id") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_commission_line_line_item_id_unique" ON "commission_line" ("line_item_id") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "commission_rule" ("id" text not null, "scope" text check ("scope" in ('creator', 'category', 'programme', 'global')) not null, "reference" text null, "type" text check ("type" in ('percentage', 'fixed')) not null, "percentage" real null, "amount" numeric null, "currency_code" text null, "active" boolean not null default true, "raw_amount" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "commission_rule_pkey" primary key ("id"));`,
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_rule_deleted_at" ON "commission_rule" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_commission_rule_scope_reference" ON "commission_rule" ("scope", "reference") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "ledger_entry" ("id" text not null, "creator_id" text not null, "currency_code" text not null, "type" text check ("type" in ('earned', 'reversed', 'paid')) not null, "amount" numeric not null, "order_id" text null, "line_item_id" text null, "available_at" timestamptz not null, "note" text null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ledger_entry_pkey" primary key ("id"));`,
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_deleted_at" ON "ledger_entry" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_creator_id_currency_code" ON "ledger_entry" ("creator_id", "currency_code") WHERE deleted_at IS NULL;`,
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_order_id" ON "ledger_entry" ("order_id") WHERE deleted_at IS NULL;`)

    this.addSql(
      `create table if not exists "order_group" ("id" text not null, "display_id" serial, "cart_id" text not null, "email" text null, "customer_id" text null, "currency_code" text not null, "total" numeric not null, "subtotal" numeric not null, "shipping_total" numeric not null, "tax_total" numeric not null, "status" text check ("status" in ('placed', 'completed', 'canceled')) not null default 'placed', "payment_collection_id" text null, "payment_status" text not null default 'authorized', "metadata" jsonb null, "raw_total" jsonb not null, "raw_subtotal" jsonb not null, "raw_shipping_total" jsonb not null, "raw_tax_total" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "order_group_pkey" primary key ("id"));`,
    )
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_order_group_cart_id_unique" ON "order_group" ("cart_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_group_deleted_at" ON "order_group" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_group_customer_id" ON "order_group" ("customer_id") WHERE deleted_at IS NULL;`)

    this.addSql(
      `create table if not exists "service_confirmation" ("id" text not null, "order_id" text not null, "line_item_id" text not null, "creator_id" text not null, "service_date" text not null, "note" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "service_confirmation_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_service_confirmation_deleted_at" ON "service_confirmation" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_service_confirmation_order_id" ON "service_confirmation" ("order_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_service_confirmation_line_item_id_unique" ON "service_confirmation" ("line_item_id") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "webhook_event" ("id" text not null, "provider" text not null, "event_id" text not null, "type" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "webhook_event_pkey" primary key ("id"));`,
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_webhook_event_deleted_at" ON "webhook_event" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_webhook_event_provider_event_id_unique" ON "webhook_event" ("provider", "event_id") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "commission_line" cascade;`)

    this.addSql(`drop table if exists "commission_rule" cascade;`)

    this.addSql(`drop table if exists "ledger_entry" cascade;`)

    this.addSql(`drop table if exists "order_group" cascade;`)

    this.addSql(`drop table if exists "service_confirmation" cascade;`)

    this.addSql(`drop table if exists "webhook_event" cascade;`)
  }
}
