import type { SearchTypes } from "@medusajs/framework/types"
import { invalid } from "./errors"

/**
 * Bounds on paging. Medusa's `/store/search` validator caps `take` at 100 but
 * leaves `skip` open, and a provider is also called from workflows without any
 * validator: past 2^31 Postgres cannot even read the OFFSET, and deep pages are
 * costly on every engine. Meilisearch indexes add their own, lower
 * `maxTotalHits` bound.
 */
export const MAX_SKIP = 1_000_000
export const MAX_TAKE = 1_000
export const MAX_FACET_LIMIT = 1_000

const NUL = "\u0000"

/** Postgres cannot store or compare text holding NUL (its wire protocol ends strings there), so no engine gets it. */
export function checkText(value: string, where: string): void {
  if (value.includes(NUL)) {
    invalid(`Text in ${where} must not contain NUL characters (\\u0000)`)
  }
}

const described = (value: unknown) => (Array.isArray(value) ? "a list" : typeof value === "object" ? "an object" : `a ${typeof value}`)
/** A value as a person would write it; JSON would print NaN as null and Infinity not at all. */
const shown = (value: unknown) => (typeof value === "number" ? String(value) : (JSON.stringify(value) ?? String(value)))

/**
 * The checks on a search query that hold whatever the engine: `q` is text,
 * paging is whole numbers in range, facets are well formed, and no text holds
 * NUL. Each provider runs it before reading the query, since the Search Module
 * passes most of it on as given. Filters are checked by `checkFilterShape`,
 * which each provider's filter compiler runs first (deletes take filters too).
 */
export function checkQueryShape(input: SearchTypes.ProviderSearchQuery): void {
  const q: unknown = input.q
  if (q !== undefined && q !== null && typeof q !== "string") {
    invalid(`q must be text (got ${described(q)})`)
  }
  if (typeof q === "string") {
    checkText(q, "q")
  }
  for (const [name, value, max] of [
    ["skip", input.pagination?.skip, MAX_SKIP],
    ["take", input.pagination?.take, MAX_TAKE],
  ] as const) {
    wholeNumber(value, `pagination.${name}`, 0, max)
  }
  const facets: unknown = input.search_options?.facets
  if (facets !== undefined && !Array.isArray(facets)) {
    invalid("search_options.facets must be a list of facets")
  }
  facets?.forEach(checkFacet)
}

function wholeNumber(value: unknown, name: string, min: number, max: number): void {
  if (value !== undefined && value !== null && (!Number.isInteger(value) || (value as number) < min || (value as number) > max)) {
    invalid(`${name} must be a whole number from ${min} to ${max.toLocaleString("en-US")} (got ${shown(value)})`)
  }
}

/** Shape and text only; whether the field allows the facet, and what its bounds mean, is the provider's call. */
function checkFacet(facet: unknown): void {
  if (typeof facet === "string") {
    return checkText(facet, "search_options.facets")
  }
  const request = facet as Partial<SearchTypes.SearchFacetRequest> & Record<string, unknown>
  if (!request || typeof request !== "object" || typeof request.field !== "string") {
    invalid("Each facet must be a field name or an object with a field")
  }
  const where = `facet "${request.field}"`
  checkText(request.field, "search_options.facets")
  if (request.query !== undefined) {
    if (typeof request.query !== "string") invalid(`The query of ${where} must be text`)
    checkText(request.query, `the query of ${where}`)
  }
  wholeNumber(request.limit, `The limit of ${where}`, 1, MAX_FACET_LIMIT)
  if (request.type === "range") {
    if (!Array.isArray(request.ranges)) {
      invalid(`Range ${where} needs a list of ranges`)
    }
    for (const range of request.ranges) {
      for (const bound of [range?.from, range?.to]) {
        const usable =
          bound === undefined || (typeof bound === "number" && Number.isFinite(bound)) || (typeof bound === "string" && bound.trim() !== "")
        if (!usable) {
          invalid(`Range ${where} has a bound that is neither a number nor a date: ${shown(bound)}`)
        }
        if (typeof bound === "string") checkText(bound, `the ranges of ${where}`)
      }
      if (range?.key !== undefined) checkText(String(range.key), `the ranges of ${where}`)
    }
  }
}
