import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** A service may be offered both remotely and on site (its variants tell which the buyer chose). */
export class Migration20261207200000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "listing" drop constraint if exists "listing_service_delivery_check";`)
    this.addSql(
      `alter table if exists "listing" add constraint "listing_service_delivery_check" check ("service_delivery" in ('remote', 'onsite', 'both'));`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`update "listing" set "service_delivery" = 'onsite' where "service_delivery" = 'both';`)
    this.addSql(`alter table if exists "listing" drop constraint if exists "listing_service_delivery_check";`)
    this.addSql(`alter table if exists "listing" add constraint "listing_service_delivery_check" check ("service_delivery" in ('remote', 'onsite'));`)
  }
}
