import { VOCABULARY_WORDS_FUNCTION as WORDS } from "./text"

// Shared by the vocabulary migrations; kept out of them because the migrator takes every export
// of a migration file for a migration class.

/** Adds (`word`, `delta`) pairs to the vocabulary table named by the trigger's first argument. */
export const APPLY = "search_embedded_vocabulary_apply"

/** Aggregates the words of a transition table into `words`/`deltas` and applies them. */
export function triggerBody(source: string): string {
  return `
  DECLARE words text[]; deltas int[];
  BEGIN
    SELECT array_agg(w ORDER BY w), array_agg(n ORDER BY w) INTO words, deltas
    FROM (${source}) AS s(w, n) WHERE n <> 0;
    IF words IS NOT NULL THEN PERFORM ${APPLY}(TG_ARGV[0], words, deltas); END IF;
    RETURN NULL;
  END`
}

export const countWords = (rows: string, sign: string) =>
  `SELECT w, ${sign}count(*)::int FROM ${rows}, LATERAL ${WORDS}(${rows}.search_vector) AS w GROUP BY w`
