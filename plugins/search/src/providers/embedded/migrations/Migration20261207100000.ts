import { Migration } from "@medusajs/framework/mikro-orm/migrations"
import { deferredBuildSql, dropDeferredBuildSql } from "../deferred-build"

/** The set-aside build of a new index version's indexes and vocabulary (`deferred-build.ts`, ADR 046). */
export class Migration20261207100000 extends Migration {
  async up(): Promise<void> {
    for (const sql of deferredBuildSql()) this.addSql(sql)
  }

  async down(): Promise<void> {
    for (const sql of dropDeferredBuildSql()) this.addSql(sql)
  }
}
