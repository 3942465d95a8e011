import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261126083715 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "creator_membership" drop constraint if exists "creator_membership_creator_id_member_id_unique";`);
    this.addSql(`alter table if exists "creator_member" drop constraint if exists "creator_member_email_unique";`);
    this.addSql(`alter table if exists "creator" drop constraint if exists "creator_handle_unique";`);
    this.addSql(`create table if not exists "creator" ("id" text not null, "handle" text not null, "name" text not null, "bio" text null, "logo_url" text null, "banner_url" text null, "programme" text check ("programme" in ('music', 'gametech', 'cultech', 'crafts', 'other')) not null, "legal_type" text check ("legal_type" in ('individual', 'company')) not null, "tax_id" text null, "email" text not null, "country_code" text not null default 'az', "status" text check ("status" in ('pending', 'approved', 'rejected', 'suspended')) not null default 'pending', "status_reason" text null, "status_changed_at" timestamptz null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "creator_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_creator_handle_unique" ON "creator" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_creator_deleted_at" ON "creator" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_creator_status" ON "creator" ("status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_creator_programme_status" ON "creator" ("programme", "status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "creator_invite" ("id" text not null, "email" text not null, "role" text check ("role" in ('owner', 'staff')) not null, "token_hash" text not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "invited_by" text not null, "creator_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "creator_invite_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_creator_invite_creator_id" ON "creator_invite" ("creator_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_creator_invite_deleted_at" ON "creator_invite" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "creator_member" ("id" text not null, "email" text not null, "name" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "creator_member_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_creator_member_email_unique" ON "creator_member" ("email") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_creator_member_deleted_at" ON "creator_member" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "creator_membership" ("id" text not null, "role" text check ("role" in ('owner', 'staff')) not null, "creator_id" text not null, "member_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "creator_membership_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_creator_membership_creator_id" ON "creator_membership" ("creator_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_creator_membership_member_id" ON "creator_membership" ("member_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_creator_membership_deleted_at" ON "creator_membership" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_creator_membership_creator_id_member_id_unique" ON "creator_membership" ("creator_id", "member_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "creator_status_change" ("id" text not null, "from_status" text check ("from_status" in ('pending', 'approved', 'rejected', 'suspended')) null, "to_status" text check ("to_status" in ('pending', 'approved', 'rejected', 'suspended')) not null, "reason" text null, "actor_type" text not null, "actor_id" text null, "creator_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "creator_status_change_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_creator_status_change_creator_id" ON "creator_status_change" ("creator_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_creator_status_change_deleted_at" ON "creator_status_change" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "marketplace_settings" ("id" text not null, "auto_approve_creators" boolean not null default false, "require_listing_moderation" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "marketplace_settings_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_marketplace_settings_deleted_at" ON "marketplace_settings" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "creator_invite" add constraint "creator_invite_creator_id_foreign" foreign key ("creator_id") references "creator" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "creator_membership" add constraint "creator_membership_creator_id_foreign" foreign key ("creator_id") references "creator" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table if exists "creator_membership" add constraint "creator_membership_member_id_foreign" foreign key ("member_id") references "creator_member" ("id") on update cascade;`);

    this.addSql(`alter table if exists "creator_status_change" add constraint "creator_status_change_creator_id_foreign" foreign key ("creator_id") references "creator" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "creator_invite" drop constraint if exists "creator_invite_creator_id_foreign";`);

    this.addSql(`alter table if exists "creator_membership" drop constraint if exists "creator_membership_creator_id_foreign";`);

    this.addSql(`alter table if exists "creator_status_change" drop constraint if exists "creator_status_change_creator_id_foreign";`);

    this.addSql(`alter table if exists "creator_membership" drop constraint if exists "creator_membership_member_id_foreign";`);

    this.addSql(`drop table if exists "creator" cascade;`);

    this.addSql(`drop table if exists "creator_invite" cascade;`);

    this.addSql(`drop table if exists "creator_member" cascade;`);

    this.addSql(`drop table if exists "creator_membership" cascade;`);

    this.addSql(`drop table if exists "creator_status_change" cascade;`);

    this.addSql(`drop table if exists "marketplace_settings" cascade;`);
  }

}
