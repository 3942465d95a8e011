/**
 * The names of the SQL objects the embedded provider's migration creates; the
 * fold's letters and its JavaScript twin (`foldText`) come from `lib/fold`.
 *
 * Folding happens in SQL (`FOLD_FUNCTION`), on documents, on queries and on
 * the per-field vectors `attributes_to_search_on` builds on the fly, so all
 * three see exactly the same text. `unaccent` already folds ç ş ö ü ğ ı İ and
 * ё, but not ə, and it cannot be taught new rules without a file in the
 * server's share directory, which managed databases do not allow; hence a
 * small `translate()` in front of it.
 */

/** Passed to the stock provider as `language`, which makes it use `medusa_search_embedded`. */
export const TEXT_LANGUAGE = "embedded"
/** `simple` (no stemming, no stop words: az, en and ru mix in one catalogue) plus `unaccent`. */
export const TS_CONFIG = `medusa_search_${TEXT_LANGUAGE}`
/** `lower(translate(normalize(text, NFC), <Azerbaijani and Russian letters>, <ASCII/е>))`. */
export const FOLD_FUNCTION = "medusa_search_embedded_fold"
/** Prefix of the per-index vocabulary tables (folded words with the number of documents holding each). */
export const VOCABULARY_PREFIX = "search_vocab_"
/** The set of lexemes a document contributes to the vocabulary. */
export const VOCABULARY_WORDS_FUNCTION = "search_embedded_vocabulary_words"
/** Statement triggers on each document table keep the vocabulary in step with every write. */
export const VOCABULARY_TRIGGERS = {
  insert: { name: "search_embedded_vocabulary_insert", fn: "search_embedded_vocabulary_on_insert" },
  update: { name: "search_embedded_vocabulary_update", fn: "search_embedded_vocabulary_on_update" },
  delete: { name: "search_embedded_vocabulary_delete", fn: "search_embedded_vocabulary_on_delete" },
  truncate: { name: "search_embedded_vocabulary_truncate", fn: "search_embedded_vocabulary_on_truncate" },
} as const

/**
 * The vectors of deleted documents whose words the vocabulary still counts, per vocabulary table:
 * the delete trigger only copies them here, and `VOCABULARY_SETTLE_FUNCTION` takes them off the
 * counts after the delete has committed (`Migration20261207130000`, ADR 049).
 */
export const VOCABULARY_BACKLOG = "search_embedded_vocabulary_backlog"
/** `search_embedded_vocabulary_settle(vocabulary)`: applies and removes that vocabulary's backlog. */
export const VOCABULARY_SETTLE_FUNCTION = "search_embedded_vocabulary_settle"

/** Runs a read with sequential scans off in one round trip (`migrations/Migration20261206090000`). */
export const RUN_FUNCTION = "medusa_search_embedded_run"

/** jsonb array → typed array, IMMUTABLE, for the generated columns of the typed layout (`layout.ts`). */
export const ARRAY_FUNCTIONS = {
  text: "medusa_search_embedded_text_array",
  float8: "medusa_search_embedded_float8_array",
  boolean: "medusa_search_embedded_boolean_array",
} as const

/** The fold's letters and its JavaScript twin live in `lib/fold` (one definition), re-exported for the migration and tests. */
export { FOLD_FROM, FOLD_TO, foldText } from "../../lib/fold"
