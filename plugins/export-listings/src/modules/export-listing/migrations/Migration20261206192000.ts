import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206192000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "export_profile" add column if not exists "cultural_certificate_file_name" text null, add column if not exists "cultural_certificate_file_type" text null, add column if not exists "cultural_certificate_file_size" integer null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "export_profile" drop column if exists "cultural_certificate_file_name", drop column if exists "cultural_certificate_file_type", drop column if exists "cultural_certificate_file_size";`);
  }

}
