import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261206162451 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "creator_payout_settings" drop constraint if exists "creator_payout_settings_stripe_account_id_unique";`,
    )
    this.addSql(`alter table if exists "creator_payout_settings" drop constraint if exists "creator_payout_settings_creator_id_unique";`)
    this.addSql(
      `create table if not exists "creator_payout_settings" ("id" text not null, "creator_id" text not null, "provider" text check ("provider" in ('manual', 'stripe-connect')) not null default 'manual', "stripe_account_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "creator_payout_settings_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_creator_payout_settings_deleted_at" ON "creator_payout_settings" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_creator_payout_settings_creator_id_unique" ON "creator_payout_settings" ("creator_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_creator_payout_settings_stripe_account_id_unique" ON "creator_payout_settings" ("stripe_account_id") WHERE deleted_at IS NULL AND stripe_account_id IS NOT NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "creator_payout_settings" cascade;`)
  }
}
