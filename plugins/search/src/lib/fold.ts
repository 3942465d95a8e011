/**
 * The az/ru letter fold the embedded search provider applies to documents and
 * queries, as plain JavaScript: for engines and code without its SQL function
 * (a Meilisearch shadow field, the backend's search documents, synonym keys).
 * Imported by the backend as `@creative-market/search/lib/fold`.
 */

/** Source and target letters of the fold, shared by the SQL function `medusa_search_embedded_fold` and `foldText`. */
export const FOLD_FROM = "ƏəIıİĞğŞşÇçÖöÜüЁё"
export const FOLD_TO = "eeiiiggssccoouuее"

const FOLD_MAP = new Map([...FOLD_FROM].map((letter, i) => [letter, [...FOLD_TO][i]]))
const FOLD_PATTERN = new RegExp(`[${FOLD_FROM}]`, "gu")

/**
 * The same fold as the SQL function: NFC, then ə→e, ı/I/İ→i, ğ→g, ş→s, ç→c,
 * ö→o, ü→u, ё→е, then lower case. `unaccent`'s general diacritic stripping is
 * not part of it; the embedded provider gets that from its text search configuration.
 */
export function foldText(text: string): string {
  return text
    .normalize("NFC")
    .replace(FOLD_PATTERN, (letter) => FOLD_MAP.get(letter) ?? letter)
    .toLowerCase()
}
