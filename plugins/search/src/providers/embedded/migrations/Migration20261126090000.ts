import { Migration } from "@medusajs/framework/mikro-orm/migrations"
import { FOLD_FROM, FOLD_FUNCTION, FOLD_TO, TS_CONFIG, VOCABULARY_PREFIX, VOCABULARY_TRIGGERS as T, VOCABULARY_WORDS_FUNCTION as WORDS } from "../text"
import { APPLY, countWords, triggerBody } from "../vocabulary-triggers"

/**
 * SQL objects of the embedded search provider: the az/ru folding function, the
 * `medusa_search_embedded` text search configuration, and the trigger functions
 * that keep each index's word vocabulary (created by the provider next to the
 * index's document table) in step with every write.
 */
export class Migration20261126090000 extends Migration {
  async up(): Promise<void> {
    // Without pg_trgm neither the stock document tables nor the vocabularies can be indexed.
    this.addSql(`DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
        RAISE EXCEPTION 'The embedded search provider needs the pg_trgm extension: run CREATE EXTENSION pg_trgm as a superuser';
      END IF; END $$;`)
    this.addSql(`CREATE OR REPLACE FUNCTION ${FOLD_FUNCTION}(input text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT lower(translate(normalize(input, NFC), '${FOLD_FROM}', '${FOLD_TO}')) $$;`)
    // unaccent is optional (the stock migration soft-fails it): without it only ə ı ğ ş ç ö ü ё fold.
    this.addSql(`DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = '${TS_CONFIG}') THEN
        CREATE TEXT SEARCH CONFIGURATION ${TS_CONFIG} (COPY = simple);
        IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'unaccent') THEN
          ALTER TEXT SEARCH CONFIGURATION ${TS_CONFIG} ALTER MAPPING FOR word, hword, hword_part WITH unaccent, simple;
        END IF;
      END IF; END $$;`)
    // Words with digits or punctuation (SKUs, sizes, hyphenated compounds) are never typo targets.
    this.addSql(`CREATE OR REPLACE FUNCTION ${WORDS}(vector tsvector) RETURNS SETOF text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT w FROM unnest(tsvector_to_array(vector)) AS w
            WHERE char_length(w) BETWEEN 3 AND 64 AND w !~ '[0-9[:punct:]]' $$;`)
    // Sorted upserts lock vocabulary rows in one order, so concurrent writers cannot deadlock.
    this.addSql(`CREATE OR REPLACE FUNCTION ${APPLY}(target text, words text[], deltas int[]) RETURNS void
      LANGUAGE plpgsql AS $$ BEGIN
        EXECUTE format('INSERT INTO %I AS v ("word", "doc_count")
          SELECT d.word, d.delta FROM unnest($1, $2) AS d(word, delta) ORDER BY d.word
          ON CONFLICT ("word") DO UPDATE SET "doc_count" = v."doc_count" + EXCLUDED."doc_count"', target)
          USING words, deltas;
        EXECUTE format('DELETE FROM %I AS v USING unnest($1, $2) AS d(word, delta)
          WHERE d.delta < 0 AND v."word" = d.word AND v."doc_count" <= 0', target)
          USING words, deltas;
      END $$;`)
    const bodies: Record<keyof typeof T, string> = {
      insert: triggerBody(countWords("new_rows", "")),
      delete: triggerBody(countWords("old_rows", "-")),
      // Rewriting a document with the same text nets to zero and touches nothing.
      update: triggerBody(
        `SELECT w, sum(n)::int FROM (${countWords("new_rows", "")} UNION ALL ${countWords("old_rows", "-")}) AS u(w, n) GROUP BY w`
      ),
      truncate: `BEGIN EXECUTE format('TRUNCATE %I', TG_ARGV[0]); RETURN NULL; END`,
    }
    for (const [event, body] of Object.entries(bodies) as [keyof typeof T, string][]) {
      this.addSql(`CREATE OR REPLACE FUNCTION ${T[event].fn}() RETURNS trigger LANGUAGE plpgsql AS $$ ${body} $$;`)
    }
  }

  async down(): Promise<void> {
    // CASCADE also drops the triggers the provider attached to document tables.
    for (const { fn } of Object.values(T)) {
      this.addSql(`DROP FUNCTION IF EXISTS ${fn}() CASCADE;`)
    }
    this.addSql(`DO $$ DECLARE t text; BEGIN
      FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename LIKE '${VOCABULARY_PREFIX.replace(/_/g, "\\_")}%' LOOP
        EXECUTE format('DROP TABLE %I', t);
      END LOOP; END $$;`)
    this.addSql(`DROP FUNCTION IF EXISTS ${APPLY}(text, text[], int[]);`)
    this.addSql(`DROP FUNCTION IF EXISTS ${WORDS}(tsvector);`)
    this.addSql(`DROP TEXT SEARCH CONFIGURATION IF EXISTS ${TS_CONFIG};`)
    this.addSql(`DROP FUNCTION IF EXISTS ${FOLD_FUNCTION}(text);`)
  }
}
