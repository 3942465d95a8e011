import type { Logger, SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { PostgresSearchService } from "@medusajs/search-postgres/dist/services/postgres-search"
import { weightLabel, type IndexPlan } from "@medusajs/search-postgres/dist/utils"
import { FOLD_FUNCTION, TEXT_LANGUAGE, TS_CONFIG } from "./text"
import type { DbManager } from "./vocabulary"

type KeywordInput = { query: SearchTypes.ProviderSearchQuery; catalog: { plan: IndexPlan } }

/**
 * The stock provider with three hooks changed, and nothing else: documents and
 * the on-the-fly per-field vectors go through the az/ru fold, and free text is
 * matched with a tsquery the embedded provider prepared (folded, typo-corrected)
 * instead of `plainto_tsquery` + `word_similarity`. Filters, facets, sorting,
 * distinct, min_score, counting and storage stay the stock code.
 */
export class FoldingPostgresSearch extends PostgresSearchService {
  protected readonly tsqueries_ = new WeakMap<object, string>()

  constructor(deps: { manager: DbManager; logger?: Logger }) {
    super(deps, { engine: "native", language: TEXT_LANGUAGE })
  }

  /** Runs a search whose free text matches `tsquery` (undefined when there is no `q`). */
  async searchWith(input: SearchTypes.ProviderSearchQuery, tsquery: string | undefined): Promise<SearchTypes.SearchResult> {
    if (tsquery !== undefined) {
      this.tsqueries_.set(input, tsquery)
    }
    return this.search(input)
  }

  /** The stored plan of an index (its fields as the stock provider flattened them); NOT_FOUND when missing. */
  async storedIndex(index: string): Promise<{ plan: IndexPlan; table_name: string }> {
    return this.retrieve(index)
  }

  protected buildSearchVectorSql(parts: { text: string; weight: "A" | "B" | "C" | "D" }[], params: unknown[]): string {
    if (!parts.length) {
      return `''::tsvector`
    }
    return parts
      .map((part) => {
        params.push(part.text)
        return `setweight(to_tsvector('${TS_CONFIG}', ${FOLD_FUNCTION}(coalesce(?, ''))), '${part.weight}')`
      })
      .join(" || ")
  }

  protected onTheFlyVectorExpr(paths: string[], plan: IndexPlan): string {
    if (!paths.length) {
      return `''::tsvector`
    }
    return paths
      .map((path) => {
        const planned = plan.fields.get(path)
        const weight = planned ? weightLabel(planned.field.searchable) : "D"
        const text = `coalesce(indexed#>>'{${path.split(".").join(",")}}', '')`
        return `setweight(to_tsvector('${TS_CONFIG}', ${FOLD_FUNCTION}(${text})), '${weight}')`
      })
      .join(" || ")
  }

  protected keywordFragments({ query, catalog }: KeywordInput) {
    const q = query.q?.trim() || undefined
    const tsquery = this.tsqueries_.get(query)
    if (q && tsquery === undefined) {
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "The embedded search provider ran a text query without preparing it")
    }
    const plan = catalog.plan
    const searchOn = query.search_options?.attributes_to_search_on ?? plan.searchable
    const everything = plan.searchable.every((path) => searchOn.includes(path))
    const vector = everything ? `"search_vector"` : this.onTheFlyVectorExpr(searchOn, plan)
    const bind = (params: unknown[]) => {
      params.push(tsquery)
      return `?::tsquery`
    }
    return {
      q,
      needsBm25Limit: false,
      rankSql: (params: unknown[]) => (q ? `ts_rank_cd(${vector}, ${bind(params)})` : `0::float4`),
      matchSql: q ? (params: unknown[]) => `${vector} @@ ${bind(params)}` : undefined,
    }
  }
}
