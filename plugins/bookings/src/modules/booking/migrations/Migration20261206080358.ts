import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206080358 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "booking" drop constraint if exists "booking_uid_unique";`);
    this.addSql(`alter table if exists "bookable_variant" drop constraint if exists "bookable_variant_variant_id_unique";`);
    this.addSql(`alter table if exists "bookable_resource" drop constraint if exists "bookable_resource_feed_token_hash_unique";`);
    this.addSql(`create table if not exists "bookable_resource" ("id" text not null, "creator_id" text not null, "name" text not null, "kind" text check ("kind" in ('room', 'teacher', 'equipment')) not null default 'room', "timezone" text not null default 'Asia/Baku', "capacity" integer not null default 1, "buffer_before_minutes" integer not null default 0, "buffer_after_minutes" integer not null default 0, "min_notice_minutes" integer not null default 60, "window_days" integer not null default 90, "cancel_notice_hours" integer not null default 24, "opening_hours" jsonb not null, "feed_token_hash" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "bookable_resource_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bookable_resource_deleted_at" ON "bookable_resource" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bookable_resource_creator_id" ON "bookable_resource" ("creator_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_bookable_resource_feed_token_hash_unique" ON "bookable_resource" ("feed_token_hash") WHERE feed_token_hash IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "bookable_resource_exception" ("id" text not null, "date" text not null, "kind" text check ("kind" in ('closed', 'open')) not null, "start_time" text null, "end_time" text null, "note" text null, "resource_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "bookable_resource_exception_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bookable_resource_exception_resource_id" ON "bookable_resource_exception" ("resource_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bookable_resource_exception_deleted_at" ON "bookable_resource_exception" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bookable_resource_exception_resource_id_date" ON "bookable_resource_exception" ("resource_id", "date") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "bookable_variant" ("id" text not null, "variant_id" text not null, "product_id" text not null, "creator_id" text not null, "mode" text check ("mode" in ('slot', 'session')) not null, "duration_minutes" integer null, "grid_minutes" integer null, "resource_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "bookable_variant_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bookable_variant_resource_id" ON "bookable_variant" ("resource_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bookable_variant_deleted_at" ON "bookable_variant" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_bookable_variant_variant_id_unique" ON "bookable_variant" ("variant_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bookable_variant_product_id" ON "bookable_variant" ("product_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "booking" ("id" text not null, "uid" text not null, "sequence" integer not null default 0, "status" text check ("status" in ('held', 'confirmed', 'cancelled', 'expired')) not null, "creator_id" text not null, "resource_id" text not null, "offering_id" text not null, "variant_id" text not null, "product_id" text not null, "session_id" text null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "occupied_from" timestamptz not null, "occupied_until" timestamptz not null, "exclusive" boolean not null default false, "seat_no" integer null, "seat_capacity" integer null, "expires_at" timestamptz null, "cart_id" text null, "line_item_id" text null, "order_id" text null, "cancelled_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "booking_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_booking_deleted_at" ON "booking" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_booking_uid_unique" ON "booking" ("uid") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_booking_creator_id_starts_at" ON "booking" ("creator_id", "starts_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_booking_cart_id" ON "booking" ("cart_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_booking_order_id" ON "booking" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_booking_status_expires_at" ON "booking" ("status", "expires_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "booking_session" ("id" text not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "capacity" integer not null, "offering_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "booking_session_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_booking_session_offering_id" ON "booking_session" ("offering_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_booking_session_deleted_at" ON "booking_session" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_booking_session_offering_id_starts_at" ON "booking_session" ("offering_id", "starts_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "bookable_resource_exception" add constraint "bookable_resource_exception_resource_id_foreign" foreign key ("resource_id") references "bookable_resource" ("id") on update cascade;`);

    this.addSql(`alter table if exists "bookable_variant" add constraint "bookable_variant_resource_id_foreign" foreign key ("resource_id") references "bookable_resource" ("id") on update cascade;`);

    this.addSql(`alter table if exists "booking_session" add constraint "booking_session_offering_id_foreign" foreign key ("offering_id") references "bookable_variant" ("id") on update cascade;`);

    // The database is the last line of defence against double booking (docs/decisions/015).
    this.addSql(`CREATE EXTENSION IF NOT EXISTS btree_gist;`);
    this.addSql(`alter table "booking" add constraint "booking_resource_id_foreign" foreign key ("resource_id") references "bookable_resource" ("id") on update cascade;`);
    this.addSql(`alter table "booking" add constraint "booking_offering_id_foreign" foreign key ("offering_id") references "bookable_variant" ("id") on update cascade;`);
    this.addSql(`alter table "booking" add constraint "booking_session_id_foreign" foreign key ("session_id") references "booking_session" ("id") on update cascade;`);
    this.addSql(`alter table "booking" add constraint "booking_times_check" check ("ends_at" > "starts_at" and "occupied_from" <= "starts_at" and "occupied_until" >= "ends_at");`);
    this.addSql(`alter table "booking" add constraint "booking_hold_expiry_check" check ("status" <> 'held' or "expires_at" is not null);`);
    this.addSql(`alter table "booking" add constraint "booking_seat_check" check (("session_id" is null and "seat_no" is null) or ("session_id" is not null and "seat_no" is not null and "seat_capacity" is not null and "seat_no" between 1 and "seat_capacity"));`);
    // one booking or hold at a time on a resource booked whole, buffers included
    this.addSql(`alter table "booking" add constraint "booking_no_overlap" exclude using gist ("resource_id" with =, tstzrange("occupied_from", "occupied_until", '[)') with &&) where ("exclusive" and "status" in ('held', 'confirmed') and "deleted_at" is null);`);
    // one person per seat of a session; seat numbers stop at the session's capacity (check above)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_booking_session_seat_unique" ON "booking" ("session_id", "seat_no") WHERE "session_id" IS NOT NULL AND "status" IN ('held', 'confirmed') AND "deleted_at" IS NULL;`);
    // availability: what occupies a resource in a range
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_booking_resource_busy" ON "booking" ("resource_id", "occupied_from", "occupied_until") WHERE "status" IN ('held', 'confirmed') AND "deleted_at" IS NULL;`);
    this.addSql(`alter table "bookable_resource" add constraint "bookable_resource_numbers_check" check ("capacity" >= 1 and "buffer_before_minutes" >= 0 and "buffer_after_minutes" >= 0 and "min_notice_minutes" >= 0 and "window_days" >= 1 and "cancel_notice_hours" >= 0);`);
    this.addSql(`alter table "booking_session" add constraint "booking_session_check" check ("ends_at" > "starts_at" and "capacity" >= 1);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "booking" drop constraint if exists "booking_no_overlap";`);
    this.addSql(`alter table if exists "bookable_resource_exception" drop constraint if exists "bookable_resource_exception_resource_id_foreign";`);

    this.addSql(`alter table if exists "bookable_variant" drop constraint if exists "bookable_variant_resource_id_foreign";`);

    this.addSql(`alter table if exists "booking_session" drop constraint if exists "booking_session_offering_id_foreign";`);

    this.addSql(`drop table if exists "bookable_resource" cascade;`);

    this.addSql(`drop table if exists "bookable_resource_exception" cascade;`);

    this.addSql(`drop table if exists "bookable_variant" cascade;`);

    this.addSql(`drop table if exists "booking" cascade;`);

    this.addSql(`drop table if exists "booking_session" cascade;`);
  }

}
