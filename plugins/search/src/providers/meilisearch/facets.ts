import type { SearchTypes } from "@medusajs/framework/types"
import { invalid, notAllowed } from "./errors"
import { literal, quote, type FilterField } from "./filter-values"
import type { IndexTuning } from "./index-options"
import { facetKinds, type FieldPlan } from "./schema"

type Response = { facetDistribution?: Record<string, Record<string, number>>; facetStats?: Record<string, { min: number; max: number }> }
type Range = { key: string; from?: number | string; to?: number | string }

export type FacetPlan =
  | { type: "value"; field: string; limit: number; sort: "count" | "alpha" }
  | { type: "stats"; field: string }
  | { type: "range"; field: string; ranges: Range[] }

/** Same default as the Postgres provider. */
export const DEFAULT_FACET_LIMIT = 10

export function planFacets(
  requests: SearchTypes.SearchOptions["facets"],
  plan: FieldPlan,
  tuning: IndexTuning,
  indexName: string,
): FacetPlan[] {
  return (requests ?? []).map((raw) => {
    const request = typeof raw === "string" ? { field: raw, type: "value" as const } : raw
    const kind = request.type ?? "value"
    const field = plan.get(request.field)
    if (!field || !facetKinds(field).includes(kind)) {
      invalid(`Field "${request.field}" does not support "${kind}" facets on search index "${indexName}"`)
    }
    if (request.type === "range") {
      const ranges = request.ranges.map((range) => ({
        key: range.key ?? `${range.from ?? "*"}-${range.to ?? "*"}`,
        from: range.from,
        to: range.to,
      }))
      return { type: "range", field: request.field, ranges }
    }
    if (request.type === "stats") {
      return { type: "stats", field: request.field }
    }
    if (request.query !== undefined) {
      invalid(
        `Facet value search ("query" on "${request.field}") is not supported by the Meilisearch search provider: it needs /facet-search, which cannot share the multi-search round trip, and matches values with typo tolerance rather than as a prefix`,
      )
    }
    const limit = request.limit ?? DEFAULT_FACET_LIMIT
    if (limit > tuning.maxValuesPerFacet) {
      invalid(
        `Facet limit ${limit} on "${request.field}" exceeds faceting.maxValuesPerFacet (${tuning.maxValuesPerFacet}) of search index "${indexName}"`,
      )
    }
    return { type: "value", field: request.field, limit, sort: request.sort ?? "count" }
  })
}

/** The filter selecting one range: `from` inclusive, `to` exclusive, as on the Postgres provider. */
export function rangeFilter(field: FilterField, range: Range): string | undefined {
  const bounds = [
    range.from !== undefined ? `${quote(field.path)} >= ${literal(field, range.from)}` : undefined,
    range.to !== undefined ? `${quote(field.path)} < ${literal(field, range.to)}` : undefined,
  ].filter(Boolean)
  return bounds.length ? bounds.join(" AND ") : undefined
}

export function valueFacet(
  facet: Extract<FacetPlan, { type: "value" }>,
  response: Response,
  tuning: IndexTuning,
): SearchTypes.SearchFacetResult {
  const distribution = Object.entries(response.facetDistribution?.[facet.field] ?? {})
  // Meilisearch returns at most maxValuesPerFacet values, picked in the index's
  // facet order; re-sorting a truncated list another way would show the wrong values.
  if (distribution.length >= tuning.maxValuesPerFacet && tuning.facetOrder(facet.field) !== facet.sort) {
    notAllowed(
      `Facet "${facet.field}" has more values than faceting.maxValuesPerFacet (${tuning.maxValuesPerFacet}) and the index orders them by ${tuning.facetOrder(facet.field)}, so the top values by ${facet.sort} cannot be computed; set faceting.sortFacetValuesBy for it to "${facet.sort}"`,
    )
  }
  const byValue = (a: [string, number], b: [string, number]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)
  const order = facet.sort === "alpha" ? byValue : (a: [string, number], b: [string, number]) => b[1] - a[1] || byValue(a, b)
  return {
    type: "value",
    values: distribution
      .sort(order)
      .slice(0, facet.limit)
      .map(([value, count]) => ({ value, count })),
  }
}

export function statsFacet(field: string, response: Response, count: number): SearchTypes.SearchFacetResult {
  const stats = response.facetStats?.[field]
  return { type: "stats", min: stats?.min ?? 0, max: stats?.max ?? 0, count }
}
