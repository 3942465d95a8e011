import { Migration } from "@medusajs/framework/mikro-orm/migrations"
import { ARRAY_FUNCTIONS } from "../text"

/**
 * jsonb array → typed array, for the generated columns that hold each
 * filterable/facetable/sortable field of a document table natively (see
 * `layout.ts`). Generated columns only accept IMMUTABLE expressions, and
 * Postgres has no immutable jsonb → array cast. Elements of another JSON type
 * are skipped rather than failing the write, and an array with no element
 * becomes NULL: the stock projection never stores an empty array, so "absent"
 * has one spelling.
 */
export class Migration20261201090000 extends Migration {
  async up(): Promise<void> {
    const define = (name: string, type: string, json: string) =>
      this.addSql(`CREATE OR REPLACE FUNCTION ${name}(value jsonb) RETURNS ${type}[]
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        AS $$ SELECT CASE WHEN jsonb_typeof(value) = 'array' THEN NULLIF(ARRAY(
          SELECT (e #>> '{}')::${type} FROM jsonb_array_elements(value) AS e WHERE jsonb_typeof(e) = '${json}'
        ), '{}') END $$;`)
    define(ARRAY_FUNCTIONS.text, "text", "string")
    define(ARRAY_FUNCTIONS.float8, "float8", "number")
    define(ARRAY_FUNCTIONS.boolean, "boolean", "boolean")
  }

  async down(): Promise<void> {
    for (const name of Object.values(ARRAY_FUNCTIONS)) {
      this.addSql(`DROP FUNCTION IF EXISTS ${name}(jsonb);`)
    }
  }
}
