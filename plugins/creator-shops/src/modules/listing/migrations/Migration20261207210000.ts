import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** A grant is revoked when its purchase is taken back (docs/decisions/055). */
export class Migration20261207210000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "download_grant" add column if not exists "revoked_at" timestamptz null;`)
    this.addSql(
      `alter table if exists "download_grant" add column if not exists "revoked_reason" text check ("revoked_reason" in ('cancelled', 'refunded')) null;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "download_grant" drop column if exists "revoked_reason";`)
    this.addSql(`alter table if exists "download_grant" drop column if exists "revoked_at";`)
  }
}
