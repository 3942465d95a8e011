import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261206201500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "creator_payout_settings" add column if not exists "stripe_payouts_enabled" boolean not null default false, add column if not exists "stripe_details_submitted" boolean not null default false, add column if not exists "stripe_account_event_at" timestamptz null;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "creator_payout_settings" drop column if exists "stripe_payouts_enabled", drop column if exists "stripe_details_submitted", drop column if exists "stripe_account_event_at";`,
    )
  }
}
