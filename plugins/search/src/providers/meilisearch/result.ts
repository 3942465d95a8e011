import type { SearchTypes } from "@medusajs/framework/types"
import { projectDocument, readDocumentPath } from "@medusajs/framework/utils"
import { fromEngineDocument } from "./documents"
import { notAllowed } from "./errors"
import { statsFacet, valueFacet } from "./facets"
import type { QueryPlan } from "./query"

/** The part of a multi-search result this provider reads. */
export interface EngineResult {
  hits: Record<string, unknown>[]
  processingTimeMs?: number
  estimatedTotalHits?: number
  totalHits?: number
  facetDistribution?: Record<string, Record<string, number>>
  facetStats?: Record<string, { min: number; max: number }>
}

/** Maps the results of one plan's queries (in plan order) to Medusa's SearchResult. */
export function toSearchResult(query: QueryPlan, results: EngineResult[]): SearchTypes.SearchResult {
  const { input, plan, tuning } = query
  const [main] = results
  const options = input.search_options ?? {}
  const primaryKey = input.index.primary_key
  const exact = (position: number, what: string): number => {
    const total = results[position].totalHits ?? 0
    if (total >= tuning.maxTotalHits) {
      notAllowed(
        `The ${what} reached pagination.maxTotalHits (${tuning.maxTotalHits}) of search index "${input.index.name}", so Meilisearch may have cut it short; raise settings.provider_options.meilisearch.pagination.maxTotalHits or ask for count: "estimated"`,
      )
    }
    return total
  }
  const facets: Record<string, SearchTypes.SearchFacetResult> = {}
  for (const facet of query.facets) {
    if (facet.type === "value") {
      facets[facet.field] = valueFacet(facet, main, tuning)
    } else if (facet.type === "stats") {
      facets[facet.field] = statsFacet(facet.field, main, exact(query.countAt!, `count behind the "${facet.field}" stats`))
    } else {
      const positions = query.rangesAt.get(facet.field)!
      facets[facet.field] = {
        type: "range",
        ranges: facet.ranges.map((range, i) => ({
          ...range,
          count: exact(positions[i], `count of range "${range.key}" on "${facet.field}"`),
        })),
      }
    }
  }
  const count =
    options.count === "none" ? null : options.count === "exact" ? exact(query.countAt!, "exact count") : (main.estimatedTotalHits ?? 0)
  return {
    hits: main.hits.map((hit) => {
      const { _formatted, _rankingScore, ...stored } = hit
      const highlights = query.highlight && highlightsOf(_formatted, query.highlight)
      return {
        id: String(stored[primaryKey]),
        ...(options.include_score && typeof _rankingScore === "number" && { score: _rankingScore }),
        document: projectDocument(fromEngineDocument(stored, plan), input.attributes_to_retrieve),
        ...(highlights && { highlights }),
      }
    }),
    ...(query.facets.length && { facets }),
    metadata: {
      skip: input.pagination?.skip ?? 0,
      take: input.pagination?.take ?? 20,
      count,
      query: input.q,
      processing_time_ms: main.processingTimeMs,
    },
  }
}

/** Fields whose formatted text actually contains a match; `undefined` when none do. */
function highlightsOf(formatted: unknown, highlight: NonNullable<QueryPlan["highlight"]>): Record<string, string[]> | undefined {
  const entries = highlight.fields
    .map(
      (path) =>
        [
          path,
          readDocumentPath(formatted, path.split(".")).filter((v): v is string => typeof v === "string" && v.includes(highlight.preTag)),
        ] as const,
    )
    .filter(([, fragments]) => fragments.length)
  return entries.length ? Object.fromEntries(entries) : undefined
}
