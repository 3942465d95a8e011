import { Migration } from "@medusajs/framework/mikro-orm/migrations"
import { LOADED_FUNCTION, seedLoadedSql } from "../deferred-build"

/** A new index version is built as soon as its seed's bulk pass ends, before the catch-up pass (`deferred-build.ts`, ADR 046). */
export class Migration20261207110000 extends Migration {
  async up(): Promise<void> {
    this.addSql(seedLoadedSql())
  }

  async down(): Promise<void> {
    this.addSql(`DROP FUNCTION IF EXISTS ${LOADED_FUNCTION}() CASCADE`)
  }
}
