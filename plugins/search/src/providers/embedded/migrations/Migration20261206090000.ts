import { Migration } from "@medusajs/framework/mikro-orm/migrations"
import { RUN_FUNCTION } from "../text"

/**
 * `medusa_search_embedded_run(statement, trgm_threshold)`: runs a read with sequential scans and
 * JIT off (and the trigram thresholds when given), each row as jsonb, in one round trip. The
 * settings are the function's own (its SET clauses), so they end with it, inside or outside a
 * transaction. Text searches and trigram lookups had a transaction each (BEGIN, set_config, the
 * statement, COMMIT: four round trips) only to scope those settings (ADR 033).
 */
export class Migration20261206090000 extends Migration {
  async up(): Promise<void> {
    this.addSql(`CREATE OR REPLACE FUNCTION ${RUN_FUNCTION}(statement text, trgm_threshold float8 DEFAULT NULL) RETURNS SETOF jsonb
      LANGUAGE plpgsql
      SET enable_seqscan = off SET jit = off
      SET pg_trgm.similarity_threshold = 0.3 SET pg_trgm.word_similarity_threshold = 0.6
      AS $$ BEGIN
        IF trgm_threshold IS NOT NULL THEN
          PERFORM set_config('pg_trgm.similarity_threshold', trgm_threshold::text, true),
            set_config('pg_trgm.word_similarity_threshold', trgm_threshold::text, true);
        END IF;
        RETURN QUERY EXECUTE format('SELECT to_jsonb(r) FROM (%s) AS r', statement);
      END $$;`)
  }

  async down(): Promise<void> {
    this.addSql(`DROP FUNCTION IF EXISTS ${RUN_FUNCTION}(text, float8);`)
  }
}
