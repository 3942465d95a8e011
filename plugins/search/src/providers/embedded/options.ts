import type { SearchTypes } from "@medusajs/framework/types"
import { weightLabel, type IndexPlan } from "@medusajs/search-postgres/dist/utils"
import { z } from "@medusajs/framework/zod"
import { invalid } from "./errors"

export const EmbeddedProviderOptions = z
  .object({
    /**
     * `pg_trgm.similarity_threshold` for the vocabulary lookup. Low on purpose:
     * it only gathers candidates, which are then kept or dropped by real edit
     * distance, and at 0.3 a transposed letter in a five-letter word is missed.
     */
    similarity_threshold: z.number().gt(0).lt(1).default(0.2),
    /** How many vocabulary words one misspelled query word may expand into. */
    max_typo_alternatives: z.number().int().min(1).max(20).default(5),
    /**
     * How many pre-ranked matches (title-class positions) are ranked together
     * with the full `ts_rank_cd`; up to this many matches the order is exact.
     * Each block costs one toasted vector read per match (~10 µs).
     */
    rank_window: z.number().int().min(1).max(10_000).default(100),
  })
  .strict()

export type EmbeddedProviderOptionsType = z.infer<typeof EmbeddedProviderOptions>

/** Validates the provider options from `medusa-config.ts`, failing at boot with every problem listed. */
export function parseProviderOptions(raw: unknown): EmbeddedProviderOptionsType {
  const parsed = EmbeddedProviderOptions.safeParse(raw ?? {})
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".") || "options"}: ${issue.message}`)
    invalid(`Invalid options for the embedded search provider: ${problems.join("; ")}`)
  }
  return parsed.data
}

/** Meilisearch's defaults, so one definition behaves alike on both engines. */
export const DEFAULT_MIN_WORD_SIZE_FOR_ONE_TYPO = 5
export const DEFAULT_MIN_WORD_SIZE_FOR_TWO_TYPOS = 9

/** How many typos a query word of a given length may carry; `undefined` when typo tolerance is off. */
export type TypoBudget = (length: number) => number

/**
 * Typo tolerance is on unless the index settings or the query turn it off. The
 * stock provider defaults to off; a marketplace shopper expects "carpt" to find
 * carpets, and Meilisearch (production) is tolerant by default too. As in the
 * stock provider, a query asking for typos on an index that disabled them gets
 * exact matching rather than an error: the query states a preference.
 */
export function typoBudget(query: SearchTypes.ProviderSearchQuery): TypoBudget | undefined {
  const settings = query.index.settings.typo_tolerance ?? {}
  if (settings.enabled === false || query.search_options?.typo_tolerance === false) {
    return undefined
  }
  const one = settings.min_word_size_for_one_typo ?? DEFAULT_MIN_WORD_SIZE_FOR_ONE_TYPO
  const two = settings.min_word_size_for_two_typos ?? DEFAULT_MIN_WORD_SIZE_FOR_TWO_TYPOS
  return (length) => (length >= two ? 2 : length >= one ? 1 : 0)
}

/**
 * The weight labels (A–D) a typo correction may match in, so fields listed in
 * `typo_tolerance.disabled_on_attributes` only ever match exactly. All fields
 * share one document vector whose only per-field trace is the weight label,
 * so a disabled field must not share its label with a typo-tolerant one.
 * Returns "" when no field is disabled, and null when every field is.
 */
export function typoWeightLabels(definition: SearchTypes.ResolvedSearchIndexDefinition, plan: IndexPlan): string | null {
  const disabled = definition.settings.typo_tolerance?.disabled_on_attributes ?? []
  const label = (path: string) => weightLabel(plan.fields.get(path)!.field.searchable)
  for (const path of disabled) {
    if (!plan.fields.has(path)) {
      invalid(`settings.typo_tolerance.disabled_on_attributes names "${path}", which is not a field of search index "${definition.name}"`)
    }
  }
  // A field that is not searchable is never matched as text, so disabling typos on it changes nothing.
  const off = disabled.filter((path) => plan.searchable.includes(path))
  const enabled = plan.searchable.filter((path) => !off.includes(path))
  const clash = enabled.find((path) => off.some((field) => label(field) === label(path)))
  if (clash) {
    const field = off.find((path) => label(path) === label(clash))
    invalid(
      `Search index "${definition.name}" disables typos on "${field}" but "${clash}" has the same search weight class (${label(clash)}), so the embedded provider cannot tell their words apart; give "${field}" a different weight (>=3 is A, >=2 B, >1 C, else D)`,
    )
  }
  if (!off.length) {
    return ""
  }
  const labels = [...new Set(enabled.map(label))].sort().join("")
  return labels || null
}
