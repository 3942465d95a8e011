import type { SearchTypes } from "@medusajs/framework/types"
import { z } from "@medusajs/framework/zod"
import { invalid } from "./errors"

const strings = z.array(z.string())

/** Index-level `settings.provider_options.meilisearch`: Meilisearch settings Medusa does not model. */
export const MeilisearchIndexOptions = z
  .object({
    synonyms: z.record(z.string(), strings).optional(),
    stopWords: strings.optional(),
    localizedAttributes: z
      .array(z.object({ attributePatterns: z.array(z.string().min(1)).min(1), locales: z.array(z.string()).min(1) }).strict())
      .optional(),
    faceting: z
      .object({
        maxValuesPerFacet: z.number().int().positive().optional(),
        sortFacetValuesBy: z.record(z.string(), z.enum(["alpha", "count"])).optional(),
      })
      .strict()
      .optional(),
    pagination: z.object({ maxTotalHits: z.number().int().positive() }).strict().optional(),
    rankingRules: z.array(z.string().min(1)).min(1).optional(),
    searchCutoffMs: z.number().int().positive().optional(),
    typoTolerance: z.object({ disableOnNumbers: z.boolean().optional(), disableOnWords: strings.optional() }).strict().optional(),
    prefixSearch: z.enum(["indexingTime", "disabled"]).optional(),
    proximityPrecision: z.enum(["byWord", "byAttribute"]).optional(),
    dictionary: strings.optional(),
    separatorTokens: strings.optional(),
    nonSeparatorTokens: strings.optional(),
  })
  .strict()

export type MeilisearchIndexOptionsType = z.infer<typeof MeilisearchIndexOptions>

/** Meilisearch's own defaults, which the query side needs to know to stay exact. */
export const MEILISEARCH_DEFAULT_MAX_TOTAL_HITS = 1000
export const MEILISEARCH_DEFAULT_MAX_VALUES_PER_FACET = 100

export interface IndexTuning {
  options: MeilisearchIndexOptionsType
  maxTotalHits: number
  maxValuesPerFacet: number
  prefixSearch: boolean
  typoTolerance: boolean
  /** The order Meilisearch truncates a field's facet values in. */
  facetOrder(field: string): "alpha" | "count"
}

const cache = new WeakMap<object, IndexTuning>()
const NO_SETTINGS: SearchTypes.SearchIndexSettings = {}

/** Parses and caches the provider options of an index's settings. */
export function indexTuning(settings: SearchTypes.SearchIndexSettings = NO_SETTINGS): IndexTuning {
  const cached = cache.get(settings)
  if (cached) {
    return cached
  }
  const parsed = MeilisearchIndexOptions.safeParse(settings.provider_options?.meilisearch ?? {})
  if (!parsed.success) {
    invalid(
      `Invalid settings.provider_options.meilisearch: ${parsed.error.issues
        .map((issue) => `${issue.path.join(".") || "options"}: ${issue.message}`)
        .join("; ")}`,
    )
  }
  const options = parsed.data
  const order = options.faceting?.sortFacetValuesBy ?? {}
  const tuning: IndexTuning = {
    options,
    maxTotalHits: options.pagination?.maxTotalHits ?? MEILISEARCH_DEFAULT_MAX_TOTAL_HITS,
    maxValuesPerFacet: options.faceting?.maxValuesPerFacet ?? MEILISEARCH_DEFAULT_MAX_VALUES_PER_FACET,
    prefixSearch: options.prefixSearch !== "disabled",
    typoTolerance: settings.typo_tolerance?.enabled ?? true,
    facetOrder: (field) => order[field] ?? order["*"] ?? "alpha",
  }
  cache.set(settings, tuning)
  return tuning
}
