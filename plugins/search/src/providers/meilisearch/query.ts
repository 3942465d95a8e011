import type { SearchTypes } from "@medusajs/framework/types"
import type { MultiSearchQuery } from "meilisearch" with { "resolution-mode": "import" }
import { z } from "@medusajs/framework/zod"
import { checkQueryShape } from "../../lib/query-shape"
import { invalid } from "./errors"
import { planFacets, rangeFilter, type FacetPlan } from "./facets"
import { compileFilter } from "./filter"
import { indexTuning, type IndexTuning } from "./index-options"
import { definitionResolver } from "./resolvers"
import { isFilterableInEngine, isSearchable, planFields, type FieldPlan } from "./schema"
import { sortRules } from "./sort"

type Input = SearchTypes.ProviderSearchQuery

/** `search_options.provider_options.meilisearch`: Meilisearch's own matching semantics, chosen explicitly. */
const QueryOptions = z.object({ matchingStrategy: z.enum(["all", "last", "frequency"]).optional() }).strict()

/** Everything needed to turn the multi-search results of one Medusa query back into a SearchResult. */
export interface QueryPlan {
  input: Input
  plan: FieldPlan
  tuning: IndexTuning
  queries: MultiSearchQuery[]
  facets: FacetPlan[]
  /** Position (within `queries`) of the exhaustive count query, when one is needed. */
  countAt?: number
  /** Position of the count query of each range, keyed `field` then range index. */
  rangesAt: Map<string, number[]>
  highlight?: { fields: string[]; preTag: string; postTag: string }
}

/** Builds the queries one Medusa search needs; all of them go into the same multi-search request. */
export function planQuery(input: Input, uid: string): QueryPlan {
  checkQueryShape(input)
  const { index } = input
  const options = input.search_options ?? {}
  const plan = planFields(index.fields)
  const tuning = indexTuning(index.settings)
  const skip = input.pagination?.skip ?? 0
  const take = input.pagination?.take ?? 20
  rejectUnsupported(input, tuning)
  if (skip + take > tuning.maxTotalHits) {
    invalid(
      `skip + take (${skip + take}) goes past pagination.maxTotalHits (${tuning.maxTotalHits}) of search index "${index.name}", beyond which Meilisearch returns no hits; raise settings.provider_options.meilisearch.pagination.maxTotalHits`,
    )
  }
  const filter = compileFilter(input.filters, definitionResolver(plan, index.name))
  const facets = planFacets(options.facets, plan, tuning, index.name)
  const q = input.q?.trim() ? input.q : undefined
  const matching = queryOptions(options.provider_options?.meilisearch).matchingStrategy ?? "all"
  const shared: MultiSearchQuery = {
    indexUid: uid,
    ...(q !== undefined && { q, matchingStrategy: matching }),
    ...(filter && { filter }),
    ...(options.attributes_to_search_on && { attributesToSearchOn: options.attributes_to_search_on }),
    ...(options.locales?.length && { locales: options.locales }),
    ...(options.distinct && { distinct: distinctField(plan, options.distinct, index.name) }),
    ...(options.min_score !== undefined && { rankingScoreThreshold: options.min_score }),
  }
  const sort = sortRules(input.pagination?.order, plan, index.name)
  const faceted = [...new Set(facets.filter((f) => f.type !== "range").map((f) => f.field))]
  const highlight = q !== undefined ? highlightPlan(options.highlight, plan, options.attributes_to_search_on, index.name) : undefined
  const snippet = typeof options.highlight === "object" ? options.highlight.snippet : undefined
  const main: MultiSearchQuery = {
    ...shared,
    offset: skip,
    limit: take,
    // Highlighted fields are fetched too so `_formatted` carries them; `document` is still projected.
    attributesToRetrieve: [...new Set([index.primary_key, ...input.attributes_to_retrieve, ...(highlight?.fields ?? [])])],
    ...(sort.length && { sort }),
    ...(faceted.length && { facets: faceted }),
    ...(options.include_score && { showRankingScore: true }),
    ...(highlight && { attributesToHighlight: highlight.fields, highlightPreTag: highlight.preTag, highlightPostTag: highlight.postTag }),
    ...(highlight && snippet && { attributesToCrop: highlight.fields }),
    ...(highlight && typeof snippet === "object" && { cropLength: snippet.length }),
  }
  // `hitsPerPage` switches Meilisearch to exhaustive counting (`totalHits`); 0 returns no documents.
  const counting = (extra?: string): MultiSearchQuery => {
    const scoped = [filter, extra].filter(Boolean).map((part) => `(${part})`)
    const { filter: _filter, ...rest } = shared
    return { ...rest, ...(scoped.length && { filter: scoped.join(" AND ") }), hitsPerPage: 0, page: 1 }
  }
  const queries = [main]
  const needsCount = options.count === "exact" || facets.some((f) => f.type === "stats")
  const countAt = needsCount ? queries.push(counting()) - 1 : undefined
  const rangesAt = new Map<string, number[]>()
  for (const facet of facets) {
    if (facet.type === "range") {
      const field = plan.get(facet.field)!
      rangesAt.set(
        facet.field,
        facet.ranges.map((range) => queries.push(counting(rangeFilter(field, range))) - 1),
      )
    }
  }
  return { input, plan, tuning, queries, facets, countAt, rangesAt, highlight }
}

function rejectUnsupported(input: Input, tuning: IndexTuning): void {
  const options = input.search_options ?? {}
  const name = input.index.name
  if (input.pagination?.cursor !== undefined) {
    invalid("The Meilisearch search provider does not support cursor pagination; use skip and take")
  }
  if (options.vector) {
    invalid("The Meilisearch search provider does not support search_options.vector (no embedders are configured)")
  }
  if (options.match_strategy === "any") {
    invalid(
      'match_strategy "any" has no exact Meilisearch equivalent (its "frequency" and "last" only drop words when too few documents match); use "all" or "last", or choose provider_options.meilisearch.matchingStrategy explicitly',
    )
  }
  if (options.match_strategy === "last" && !tuning.prefixSearch) {
    invalid(`match_strategy "last" needs prefix search, which search index "${name}" disables (prefixSearch: "disabled")`)
  }
  if (options.typo_tolerance === false && input.q?.trim() && tuning.typoTolerance) {
    invalid(`Meilisearch cannot turn typo tolerance off per query; search index "${name}" enables it in settings.typo_tolerance`)
  }
  if (options.min_score !== undefined && (options.min_score < 0 || options.min_score > 1)) {
    invalid("min_score must be between 0 and 1 on the Meilisearch search provider (its ranking scores are in that range)")
  }
}

function queryOptions(raw: unknown): z.infer<typeof QueryOptions> {
  const parsed = QueryOptions.safeParse(raw ?? {})
  if (!parsed.success) {
    invalid(
      `Invalid search_options.provider_options.meilisearch: ${parsed.error.issues.map((i) => `${i.path.join(".") || "options"}: ${i.message}`).join("; ")}`,
    )
  }
  return parsed.data
}

function distinctField(plan: FieldPlan, path: string, index: string): string {
  const field = plan.get(path)
  if (!field || field.array || !isFilterableInEngine(field)) {
    invalid(
      `Meilisearch can only deduplicate by a single-valued filterable or facetable field; "${path}" is not one on search index "${index}"`,
    )
  }
  return path
}

function highlightPlan(
  highlight: SearchTypes.SearchOptions["highlight"],
  plan: FieldPlan,
  searchOn: string[] | undefined,
  index: string,
): QueryPlan["highlight"] {
  if (!highlight) {
    return undefined
  }
  const searchable = [...plan.values()].filter(isSearchable).map((field) => field.path)
  const fields = highlight === true ? (searchOn ?? searchable) : highlight.fields
  for (const path of fields) {
    if (!searchable.includes(path)) {
      invalid(`Search index "${index}" cannot highlight field "${path}": it is not searchable`)
    }
  }
  const tags: { pre_tag?: string; post_tag?: string } = highlight === true ? {} : highlight
  return { fields, preTag: tags.pre_tag ?? "<mark>", postTag: tags.post_tag ?? "</mark>" }
}
