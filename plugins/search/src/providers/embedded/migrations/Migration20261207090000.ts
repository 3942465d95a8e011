import { Migration } from "@medusajs/framework/mikro-orm/migrations"
import { FOLD_FROM, FOLD_FUNCTION, FOLD_TO } from "../text"

/**
 * The fold normalises only text that is not NFC already (`IS NFC NORMALIZED` is a quick check):
 * the same result, since NFC of NFC text is itself. `normalize()` was half of the fold's cost on
 * every document field of a reindex, and nearly all text arrives composed (ADR 046).
 */
export class Migration20261207090000 extends Migration {
  async up(): Promise<void> {
    this.addSql(`CREATE OR REPLACE FUNCTION ${FOLD_FUNCTION}(input text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT lower(translate(CASE WHEN input IS NFC NORMALIZED THEN input ELSE normalize(input, NFC) END,
        '${FOLD_FROM}', '${FOLD_TO}')) $$;`)
  }

  async down(): Promise<void> {
    this.addSql(`CREATE OR REPLACE FUNCTION ${FOLD_FUNCTION}(input text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT lower(translate(normalize(input, NFC), '${FOLD_FROM}', '${FOLD_TO}')) $$;`)
  }
}
