import type { SearchTypes } from "@medusajs/framework/types"
import type { Settings } from "meilisearch" with { "resolution-mode": "import" }
import { invalid } from "./errors"
import { indexTuning } from "./index-options"
import {
  allowsComparison,
  isFilterableInEngine,
  isRetrievable,
  isSearchable,
  planFields,
  searchWeight,
  type FieldPlan,
  type PlannedField,
} from "./schema"

type Definition = SearchTypes.ResolvedSearchIndexDefinition

/**
 * `sort` first makes `pagination.order` behave like an ORDER BY, as it does on
 * the other providers; without a `sort` parameter the rule is a no-op, so
 * relevance ordering is unchanged. Override with `provider_options.meilisearch.rankingRules`.
 */
export const DEFAULT_RANKING_RULES = ["sort", "words", "typo", "proximity", "attribute", "exactness"]

/** The fields this provider ignores (vectors need an embedder this provider does not configure). */
export function ignoredFields(definition: Definition): string[] {
  return [...planFields(definition.fields).values()].filter((f) => f.type === "vector").map((f) => f.path)
}

/** Translates an index definition into the body of `PATCH /indexes/:uid/settings`. */
export function buildIndexSettings(definition: Definition): Settings {
  const plan = planFields(definition.fields)
  const tuning = indexTuning(definition.settings)
  const { options } = tuning
  const leaves = [...plan.values()].filter((field) => field.type !== "vector")
  for (const field of leaves) {
    if (field.type === "geo") {
      invalid(`The Meilisearch search provider does not support geo fields ("${field.path}" on "${definition.name}")`)
    }
  }
  const settings: Settings = {
    searchableAttributes: leaves
      .filter(isSearchable)
      .map((field, order) => ({ field, order }))
      .sort((a, b) => searchWeight(b.field) - searchWeight(a.field) || a.order - b.order)
      .map(({ field }) => field.path),
    filterableAttributes: filterableRules(leaves),
    sortableAttributes: leaves.filter((field) => field.definition.sortable).map((field) => field.path),
    displayedAttributes: displayed(leaves, definition.primary_key),
    rankingRules: options.rankingRules ?? DEFAULT_RANKING_RULES,
  }
  const typo = typoTolerance(definition, plan)
  if (typo) {
    settings.typoTolerance = typo
  }
  const distinct = definition.settings.distinct_attribute
  if (distinct) {
    knownField(plan, distinct, "settings.distinct_attribute", definition.name)
    settings.distinctAttribute = distinct
  }
  const localized = [
    ...leaves.filter((f) => f.meili.locales).map((f) => ({ attributePatterns: [f.path], locales: f.meili.locales! })),
    ...(options.localizedAttributes ?? []),
  ]
  if (localized.length) {
    settings.localizedAttributes = localized
  }
  const { typoTolerance: _typo, localizedAttributes: _localized, rankingRules: _rules, ...passThrough } = options
  return { ...settings, ...passThrough }
}

/** Granular rules (Meilisearch ≥ 1.14): only the filter features a field needs, grouped by feature set. */
function filterableRules(leaves: PlannedField[]): NonNullable<Settings["filterableAttributes"]> {
  const groups = new Map<string, { patterns: string[]; comparison: boolean; facetSearch: boolean }>()
  for (const field of leaves.filter(isFilterableInEngine)) {
    const comparison = allowsComparison(field)
    const facetSearch = field.meili.facetSearch ?? false
    const key = `${comparison}:${facetSearch}`
    const group = groups.get(key) ?? { patterns: [], comparison, facetSearch }
    group.patterns.push(field.path)
    groups.set(key, group)
  }
  return [...groups.values()].map((group) => ({
    attributePatterns: group.patterns,
    features: { facetSearch: group.facetSearch, filter: { equality: true, comparison: group.comparison } },
  }))
}

/** Hits must always carry the primary key, even when it is not retrievable: it is the hit's `id`. */
function displayed(leaves: PlannedField[], primaryKey: string): string[] {
  const paths = leaves.filter(isRetrievable).map((field) => field.path)
  return paths.includes(primaryKey) ? paths : [primaryKey, ...paths]
}

function typoTolerance(definition: Definition, plan: FieldPlan): Settings["typoTolerance"] {
  const typo = definition.settings.typo_tolerance
  const extra = indexTuning(definition.settings).options.typoTolerance
  if (!typo && !extra) {
    return undefined
  }
  for (const path of typo?.disabled_on_attributes ?? []) {
    knownField(plan, path, "settings.typo_tolerance.disabled_on_attributes", definition.name)
  }
  const sizes = {
    ...(typo?.min_word_size_for_one_typo !== undefined && { oneTypo: typo.min_word_size_for_one_typo }),
    ...(typo?.min_word_size_for_two_typos !== undefined && { twoTypos: typo.min_word_size_for_two_typos }),
  }
  return {
    ...(typo?.enabled !== undefined && { enabled: typo.enabled }),
    ...(Object.keys(sizes).length && { minWordSizeForTypos: sizes }),
    ...(typo?.disabled_on_attributes && { disableOnAttributes: typo.disabled_on_attributes }),
    ...extra,
  }
}

function knownField(plan: FieldPlan, path: string, where: string, index: string): void {
  if (!plan.has(path)) {
    invalid(`${where} names "${path}", which is not a field of search index "${index}"`)
  }
}
