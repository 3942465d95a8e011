import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206081315 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "export_variant_override" drop constraint if exists "export_variant_override_variant_id_unique";`);
    this.addSql(`alter table if exists "export_partner_token" drop constraint if exists "export_partner_token_token_hash_unique";`);
    this.addSql(`alter table if exists "export_image_size" drop constraint if exists "export_image_size_url_unique";`);
    this.addSql(`alter table if exists "export_feed_item" drop constraint if exists "export_feed_item_partner_id_item_id_unique";`);
    this.addSql(`create table if not exists "export_feed_item" ("id" text not null, "partner_id" text not null, "item_id" text not null, "hash" text not null, "payload" jsonb null, "deleted" boolean not null default false, "changed_at" timestamptz not null, "seen_build" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "export_feed_item_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_export_feed_item_deleted_at" ON "export_feed_item" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_export_feed_item_partner_id_item_id_unique" ON "export_feed_item" ("partner_id", "item_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_export_feed_item_partner_id_changed_at_item_id" ON "export_feed_item" ("partner_id", "changed_at", "item_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "export_image_size" ("id" text not null, "url" text not null, "width" integer not null, "height" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "export_image_size_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_export_image_size_deleted_at" ON "export_image_size" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_export_image_size_url_unique" ON "export_image_size" ("url") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "export_partner" ("id" text not null, "name" text not null, "format" text check ("format" in ('google-xml', 'meta-csv', 'json')) not null, "market_country" text not null, "language" text not null, "currency" text not null, "allowed_kinds" jsonb not null, "postal" boolean not null default true, "rate_limit_per_minute" integer not null default 60, "max_shrink" real not null default 0.5, "active" boolean not null default true, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "export_partner_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_export_partner_deleted_at" ON "export_partner" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "export_feed_snapshot" ("id" text not null, "status" text check ("status" in ('published', 'held', 'failed')) not null, "path" text null, "etag" text null, "item_count" integer not null default 0, "bytes" numeric null, "note" text null, "built_at" timestamptz not null, "partner_id" text not null, "raw_bytes" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "export_feed_snapshot_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_export_feed_snapshot_partner_id" ON "export_feed_snapshot" ("partner_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_export_feed_snapshot_deleted_at" ON "export_feed_snapshot" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_export_feed_snapshot_partner_id_status_built_at" ON "export_feed_snapshot" ("partner_id", "status", "built_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "export_feed_fetch" ("id" text not null, "path" text not null, "status" integer not null, "bytes" integer not null default 0, "etag_hit" boolean not null default false, "partner_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "export_feed_fetch_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_export_feed_fetch_partner_id" ON "export_feed_fetch" ("partner_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_export_feed_fetch_deleted_at" ON "export_feed_fetch" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_export_feed_fetch_partner_id_created_at" ON "export_feed_fetch" ("partner_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "export_partner_token" ("id" text not null, "token_hash" text not null, "hint" text not null, "expires_at" timestamptz null, "revoked_at" timestamptz null, "partner_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "export_partner_token_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_export_partner_token_partner_id" ON "export_partner_token" ("partner_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_export_partner_token_deleted_at" ON "export_partner_token" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_export_partner_token_token_hash_unique" ON "export_partner_token" ("token_hash") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "export_profile" ("id" text not null, "hs_code" text null, "hs_edition" text check ("hs_edition" in ('HS2022')) not null default 'HS2022', "origin_country" text null, "weight_g" integer null, "length_mm" integer null, "width_mm" integer null, "height_mm" integer null, "materials" jsonb null, "customs_description" text null, "gtin" text null, "production_year" integer null, "maker" text null, "edition" text null, "cultural_certificate_number" text null, "cultural_certificate_issuer" text null, "cultural_certificate_date" timestamptz null, "cultural_certificate_file_id" text null, "cites_species" text null, "cites_permit" text null, "dangerous_goods" boolean not null default false, "un_number" text null, "dg_class" text null, "gpsr_manufacturer" text null, "gpsr_eu_responsible_person" text null, "gpsr_safety_warnings" text null, "incoterm" text check ("incoterm" in ('EXW', 'FCA', 'FAS', 'FOB', 'CFR', 'CIF', 'CPT', 'CIP', 'DAP', 'DPU', 'DDP')) null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "export_profile_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_export_profile_deleted_at" ON "export_profile" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "export_variant_override" ("id" text not null, "variant_id" text not null, "gtin" text null, "weight_g" integer null, "length_mm" integer null, "width_mm" integer null, "height_mm" integer null, "profile_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "export_variant_override_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_export_variant_override_profile_id" ON "export_variant_override" ("profile_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_export_variant_override_deleted_at" ON "export_variant_override" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_export_variant_override_variant_id_unique" ON "export_variant_override" ("variant_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "export_feed_snapshot" add constraint "export_feed_snapshot_partner_id_foreign" foreign key ("partner_id") references "export_partner" ("id") on update cascade;`);

    this.addSql(`alter table if exists "export_feed_fetch" add constraint "export_feed_fetch_partner_id_foreign" foreign key ("partner_id") references "export_partner" ("id") on update cascade;`);

    this.addSql(`alter table if exists "export_partner_token" add constraint "export_partner_token_partner_id_foreign" foreign key ("partner_id") references "export_partner" ("id") on update cascade;`);

    this.addSql(`alter table if exists "export_variant_override" add constraint "export_variant_override_profile_id_foreign" foreign key ("profile_id") references "export_profile" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "export_feed_snapshot" drop constraint if exists "export_feed_snapshot_partner_id_foreign";`);

    this.addSql(`alter table if exists "export_feed_fetch" drop constraint if exists "export_feed_fetch_partner_id_foreign";`);

    this.addSql(`alter table if exists "export_partner_token" drop constraint if exists "export_partner_token_partner_id_foreign";`);

    this.addSql(`alter table if exists "export_variant_override" drop constraint if exists "export_variant_override_profile_id_foreign";`);

    this.addSql(`drop table if exists "export_feed_item" cascade;`);

    this.addSql(`drop table if exists "export_image_size" cascade;`);

    this.addSql(`drop table if exists "export_partner" cascade;`);

    this.addSql(`drop table if exists "export_feed_snapshot" cascade;`);

    this.addSql(`drop table if exists "export_feed_fetch" cascade;`);

    this.addSql(`drop table if exists "export_partner_token" cascade;`);

    this.addSql(`drop table if exists "export_profile" cascade;`);

    this.addSql(`drop table if exists "export_variant_override" cascade;`);
  }

}
