import type { Currency } from "./format"
import type { Locale } from "./i18n"

export const PAGE_SIZE = 24
export const SORTS = ["relevance", "newest", "price-asc", "price-desc"] as const
export type Sort = (typeof SORTS)[number]
const FACET_FIELDS = ["kind", "programme", "category_ids", "creator_handle", "origin_country", "export_markets"] as const
export type FacetField = (typeof FACET_FIELDS)[number]

/** The search page's state, all of it in the URL: `?q=xalca&kind=physical&export=DE&min=10&sort=price-asc&page=2`. */
export type SearchState = {
  q: string
  kind: string[]
  programme: string[]
  category: string[]
  creator: string[]
  origin: string[]
  /** partner markets (ISO-2) the listing is export-ready for */
  export: string[]
  min: number | null
  max: number | null
  sort: Sort
  page: number
}

const list = (params: URLSearchParams, name: string) =>
  [...new Set(params.getAll(name).filter((v) => /^[\w-]{1,80}$/.test(v)))].slice(0, 20)
const amount = (value: string | null) => {
  if (value === null || value.trim() === "") return null
  const number = Number(value)
  return Number.isFinite(number) && number >= 0 ? number : null
}

export function parseSearchState(params: URLSearchParams): SearchState {
  const sort = params.get("sort")
  const page = Number(params.get("page"))
  return {
    q: (params.get("q") ?? "").slice(0, 200),
    kind: list(params, "kind"),
    programme: list(params, "programme"),
    category: list(params, "category"),
    creator: list(params, "creator"),
    origin: list(params, "origin"),
    export: list(params, "export").map((market) => market.toUpperCase()),
    min: amount(params.get("min")),
    max: amount(params.get("max")),
    sort: (SORTS as readonly string[]).includes(sort ?? "") ? (sort as Sort) : "relevance",
    page: Number.isInteger(page) && page > 0 && page <= 500 ? page : 1,
  }
}

/** The POST /store/search body for a state: facets are disjunctive (the engine's), prices per currency. */
export function searchBody(state: SearchState, currency: Currency) {
  const price = `price_${currency}`
  const filters: Record<string, unknown> = {}
  if (state.q) filters.q = state.q
  const any = (values: string[]) => (values.length === 1 ? values[0] : { $in: values })
  if (state.kind.length) filters.kind = any(state.kind)
  if (state.programme.length) filters.programme = any(state.programme)
  if (state.category.length) filters.category_ids = any(state.category)
  if (state.creator.length) filters.creator_handle = any(state.creator)
  if (state.origin.length) filters.origin_country = any(state.origin)
  if (state.export.length) filters.export_markets = any(state.export)
  if (state.min !== null || state.max !== null) {
    filters[price] = { ...(state.min !== null ? { $gte: state.min } : {}), ...(state.max !== null ? { $lte: state.max } : {}) }
  }
  const order =
    state.sort === "newest"
      ? { created_at: "DESC" }
      : state.sort === "price-asc"
        ? { [price]: "ASC" }
        : state.sort === "price-desc"
          ? { [price]: "DESC" }
          : undefined
  return {
    entity: "product",
    filters,
    pagination: { skip: (state.page - 1) * PAGE_SIZE, take: PAGE_SIZE, ...(order ? { order } : {}) },
    search_options: { facets: [...FACET_FIELDS, { field: price, type: "stats" }] },
  }
}

export type SearchHit = {
  id: string
  document: Record<string, unknown> & { handle?: string; thumbnail?: string; kind?: string; creator_name?: string }
}
export type SearchAnswer = { hits: SearchHit[]; count: number; facets: Record<string, unknown> }

export function hitTitle(hit: SearchHit, locale: Locale) {
  const doc = hit.document
  return String(doc[`title_${locale}`] ?? doc.title_en ?? doc.title_az ?? "")
}
