import { Migration } from "@medusajs/framework/mikro-orm/migrations"
import {
  VOCABULARY_BACKLOG as BACKLOG,
  VOCABULARY_SETTLE_FUNCTION as SETTLE,
  VOCABULARY_TRIGGERS as T,
  VOCABULARY_WORDS_FUNCTION as WORDS,
} from "../text"
import { APPLY, countWords, triggerBody } from "../vocabulary-triggers"

/**
 * A delete's vocabulary count is settled after the delete commits (ADR 049). Recounting the words
 * of the deleted rows inside the delete made a shop's withdrawal (one statement, ~3,800 documents)
 * wait 173 ms for the trigger beside 97 ms for the rows, on the path search answers wait for.
 * The trigger now copies the rows' vectors to a backlog (~30 ms: the compressed values are moved
 * as they are), and `search_embedded_vocabulary_settle(vocabulary)`, which the provider runs right
 * after each delete, takes them off the counts. Until then the vocabulary over-counts those words:
 * at worst a typo is corrected towards a word that has fewer (or no) matches left, and a query
 * word is always kept beside its corrections. A settle that never ran (a crash in between) is
 * done by the next one on that vocabulary; a recount (`Vocabulary.attach`) clears the backlog.
 */
export class Migration20261207130000 extends Migration {
  async up(): Promise<void> {
    this.addSql(`CREATE TABLE IF NOT EXISTS "${BACKLOG}" ("vocabulary" text NOT NULL, "vector" tsvector NOT NULL)`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "${BACKLOG}_vocabulary" ON "${BACKLOG}" ("vocabulary")`)
    this.addSql(`CREATE OR REPLACE FUNCTION ${T.delete.fn}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
      INSERT INTO "${BACKLOG}" ("vocabulary", "vector") SELECT TG_ARGV[0], "search_vector" FROM old_rows;
      RETURN NULL;
    END $$;`)
    this.addSql(`CREATE OR REPLACE FUNCTION ${T.truncate.fn}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
      EXECUTE format('TRUNCATE %I', TG_ARGV[0]);
      DELETE FROM "${BACKLOG}" WHERE "vocabulary" = TG_ARGV[0];
      RETURN NULL;
    END $$;`)
    // DELETE … RETURNING takes the rows: a second settle of the same vocabulary waits, then finds none.
    this.addSql(`CREATE OR REPLACE FUNCTION ${SETTLE}(target text) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE words text[]; deltas int[];
      BEGIN
        WITH taken AS (DELETE FROM "${BACKLOG}" WHERE "vocabulary" = target RETURNING "vector")
        SELECT array_agg(w ORDER BY w), array_agg(n ORDER BY w) INTO words, deltas
        FROM (SELECT w, -count(*)::int FROM taken, LATERAL ${WORDS}(taken."vector") AS w GROUP BY w) AS s(w, n);
        IF words IS NOT NULL THEN PERFORM ${APPLY}(target, words, deltas); END IF;
      END $$;`)
  }

  async down(): Promise<void> {
    this.addSql(`DO $$ DECLARE t text; BEGIN
      FOR t IN SELECT DISTINCT "vocabulary" FROM "${BACKLOG}" LOOP PERFORM ${SETTLE}(t); END LOOP;
    END $$;`)
    this.addSql(`CREATE OR REPLACE FUNCTION ${T.delete.fn}() RETURNS trigger LANGUAGE plpgsql AS $$ ${triggerBody(countWords("old_rows", "-"))} $$;`)
    this.addSql(
      `CREATE OR REPLACE FUNCTION ${T.truncate.fn}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN EXECUTE format('TRUNCATE %I', TG_ARGV[0]); RETURN NULL; END $$;`,
    )
    this.addSql(`DROP FUNCTION IF EXISTS ${SETTLE}(text)`)
    this.addSql(`DROP TABLE IF EXISTS "${BACKLOG}"`)
  }
}
