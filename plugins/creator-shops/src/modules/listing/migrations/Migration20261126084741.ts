import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261126084741 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "download_grant" drop constraint if exists "download_grant_line_item_id_asset_id_unique";`);
    this.addSql(`create table if not exists "listing" ("id" text not null, "kind" text check ("kind" in ('physical', 'digital', 'service')) not null, "published" boolean not null default false, "moderation_status" text check ("moderation_status" in ('approved', 'pending', 'rejected')) not null default 'approved', "moderation_reason" text null, "service_delivery" text check ("service_delivery" in ('remote', 'onsite')) null, "service_lead_time_days" integer null, "service_date_required" boolean not null default false, "download_limit" integer not null default 5, "download_ttl_hours" integer not null default 72, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "listing_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_listing_deleted_at" ON "listing" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_listing_moderation_status" ON "listing" ("moderation_status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_listing_kind" ON "listing" ("kind") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "digital_asset" ("id" text not null, "file_key" text not null, "filename" text not null, "mime_type" text not null, "size" integer not null, "variant_id" text null, "listing_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "digital_asset_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_digital_asset_listing_id" ON "digital_asset" ("listing_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_digital_asset_deleted_at" ON "digital_asset" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "download_grant" ("id" text not null, "order_id" text not null, "line_item_id" text not null, "customer_id" text null, "email" text null, "max_downloads" integer not null, "downloads_used" integer not null default 0, "expires_at" timestamptz not null, "asset_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "download_grant_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_download_grant_asset_id" ON "download_grant" ("asset_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_download_grant_deleted_at" ON "download_grant" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_download_grant_order_id" ON "download_grant" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_download_grant_customer_id" ON "download_grant" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_download_grant_line_item_id_asset_id_unique" ON "download_grant" ("line_item_id", "asset_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "listing_moderation_decision" ("id" text not null, "status" text check ("status" in ('approved', 'pending', 'rejected')) not null, "reason" text null, "actor_type" text not null, "actor_id" text null, "listing_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "listing_moderation_decision_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_listing_moderation_decision_listing_id" ON "listing_moderation_decision" ("listing_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_listing_moderation_decision_deleted_at" ON "listing_moderation_decision" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "digital_asset" add constraint "digital_asset_listing_id_foreign" foreign key ("listing_id") references "listing" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "download_grant" add constraint "download_grant_asset_id_foreign" foreign key ("asset_id") references "digital_asset" ("id") on update cascade;`);

    this.addSql(`alter table if exists "listing_moderation_decision" add constraint "listing_moderation_decision_listing_id_foreign" foreign key ("listing_id") references "listing" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "digital_asset" drop constraint if exists "digital_asset_listing_id_foreign";`);

    this.addSql(`alter table if exists "listing_moderation_decision" drop constraint if exists "listing_moderation_decision_listing_id_foreign";`);

    this.addSql(`alter table if exists "download_grant" drop constraint if exists "download_grant_asset_id_foreign";`);

    this.addSql(`drop table if exists "listing" cascade;`);

    this.addSql(`drop table if exists "digital_asset" cascade;`);

    this.addSql(`drop table if exists "download_grant" cascade;`);

    this.addSql(`drop table if exists "listing_moderation_decision" cascade;`);
  }

}
