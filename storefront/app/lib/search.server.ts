import type { Currency } from "./format"
import { cached } from "./cache.server"
import { store } from "./medusa.server"
import { searchBody, type SearchAnswer, type SearchHit, type SearchState } from "./search"

/** Search results, cached briefly per body (a search never depends on the visitor, only on locale-free input). */
export async function searchProducts(state: SearchState, currency: Currency, signal?: AbortSignal): Promise<SearchAnswer> {
  const body = searchBody(state, currency)
  return cached(`search:${JSON.stringify(body)}`, 15_000, async () => {
    const response = await store<{
      results: { hits: SearchHit[]; estimated_total_hits?: number; total?: number; count?: number; facets?: Record<string, unknown> }[]
    }>("/store/search", { method: "POST", body, signal })
    const result = response.results[0]!
    return {
      hits: result.hits,
      count: result.estimated_total_hits ?? result.total ?? result.count ?? result.hits.length,
      facets: result.facets ?? {},
    }
  })
}
