import type { SearchTypes } from "@medusajs/framework/types"
import type { IndexPlan, PlannedField } from "@medusajs/search-postgres/dist/utils"
import { checkQueryShape } from "../../lib/query-shape"
import { invalid } from "./errors"
import { dateOperand, escapeLike, normalizeFilters, numberOperand } from "./filters"

type Query = SearchTypes.ProviderSearchQuery
type FacetRequest = SearchTypes.SearchFacetRequest

const STRATEGIES = new Set(["all", "any", "last"])

/**
 * Refuses what this provider would otherwise answer differently from what was
 * asked, and returns the query with its filters and facets made literal. The
 * Search Module checks field usage too, but a provider is also called directly
 * (and by `deleteDocuments`), so it does not rely on that.
 */
export function checkQuery(input: Query, plan: IndexPlan): Query {
  checkQueryShape(input)
  const options = input.search_options ?? {}
  const index = input.index.name
  const hasText = !!input.q?.trim()
  if (options.highlight && hasText) {
    invalid(
      "The embedded search provider cannot highlight matches; ask for highlight only from the Meilisearch provider, or highlight on the client",
    )
  }
  if (options.locales?.length) {
    invalid(
      "The embedded search provider matches every language the same way and cannot honour query-time locales; restrict the fields with attributes_to_search_on instead",
    )
  }
  if (options.vector) {
    invalid("The embedded search provider has no vector search")
  }
  if (input.pagination?.cursor !== undefined) {
    invalid("The embedded search provider pages with skip/take, not cursors")
  }
  if (options.provider_options?.embedded && Object.keys(options.provider_options.embedded).length) {
    invalid("The embedded search provider takes no search_options.provider_options.embedded")
  }
  if (options.match_strategy && !STRATEGIES.has(options.match_strategy)) {
    invalid(`Unknown match_strategy "${options.match_strategy}"; use "all", "any" or "last"`)
  }
  checkOrder(input.pagination?.order ?? {}, plan, index)
  return {
    ...input,
    filters: normalizeFilters(input.filters, plan, index),
    search_options: { ...options, facets: options.facets?.map((facet) => checkFacet(facet, plan, index)) },
  }
}

function checkOrder(order: Record<string, string>, plan: IndexPlan, index: string): void {
  for (const [path, direction] of Object.entries(order)) {
    if (direction !== "ASC" && direction !== "DESC") {
      invalid(`Sort direction for "${path}" must be "ASC" or "DESC"`)
    }
    if (path !== "_score" && !plan.fields.get(path)?.field.sortable) {
      invalid(`Field "${path}" is not sortable on search index "${index}"`)
    }
  }
}

/** The facet kinds a field allows: its declared `types`, else value (text) or range (numbers), as the module reads it. */
function facetKinds(planned: PlannedField): string[] {
  const declared = typeof planned.field.facetable === "object" ? planned.field.facetable.types : undefined
  return declared ?? [planned.kind === "number" ? "range" : "value"]
}

function checkFacet(facet: string | FacetRequest, plan: IndexPlan, index: string): FacetRequest {
  const request: FacetRequest = typeof facet === "string" ? { field: facet, type: "value" } : facet
  const planned = plan.fields.get(request.field)
  const kind = request.type ?? "value"
  if (!planned || !planned.field.facetable || !facetKinds(planned).includes(kind)) {
    invalid(`Field "${request.field}" does not support "${kind}" facets on search index "${index}"`)
  }
  if (request.type === "range") {
    // Date bounds arrive as ISO strings, and the stock facet compiler reads any string
    // with Number(): "abc" would reach SQL as NaN. Both become numbers or are refused here.
    const where = `range facet "${request.field}"`
    const bound = (value: number | string | undefined) =>
      value === undefined ? value : planned.is_date ? dateOperand(value, where) : numberOperand(value, where)
    return { ...request, ranges: request.ranges.map((range) => ({ ...range, from: bound(range.from), to: bound(range.to) })) }
  }
  if ((request.type ?? "value") === "value" && "query" in request && request.query !== undefined) {
    // The stock compiler matches `LIKE '<query>%'`; escaped, the query is a literal prefix.
    return { ...request, query: escapeLike(request.query) }
  }
  return request
}
