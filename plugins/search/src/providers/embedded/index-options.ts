import type { SearchTypes } from "@medusajs/framework/types"
import { z } from "@medusajs/framework/zod"
import { invalid } from "./errors"

/** Meilisearch reads at most 50 synonyms of a key and silently drops the rest; this provider refuses them instead. */
export const MAX_SYNONYMS_PER_KEY = 50

const phrase = z.string().refine((text) => text.trim().length > 0, "must hold a word, not be blank")

/**
 * `{ key: [what the key also means] }`, one-way, the same shape as Meilisearch's
 * `synonyms` setting: a query holding `key` also matches each synonym, not the
 * other way round. Keys and synonyms may be several words.
 */
export const EmbeddedSynonyms = z.record(phrase, z.array(phrase).max(MAX_SYNONYMS_PER_KEY))

/** Index-level `settings.provider_options.embedded`. */
export const EmbeddedIndexOptions = z.object({ synonyms: EmbeddedSynonyms.optional() }).strict()

export type EmbeddedIndexOptionsType = z.infer<typeof EmbeddedIndexOptions>

const NONE: EmbeddedIndexOptionsType = {}
const parsed = new WeakMap<object, EmbeddedIndexOptionsType>()

/**
 * Validates an index's `settings.provider_options.embedded`, once per options
 * object: the Search Module hands each query a copy of the definition but the
 * same `settings`, so a query pays for the check only the first time.
 * Other engines' keys (`provider_options.meilisearch`) are not this provider's business.
 */
export function embeddedIndexOptions(definition: SearchTypes.ResolvedSearchIndexDefinition): EmbeddedIndexOptionsType {
  const raw = definition.settings.provider_options?.embedded
  if (raw === undefined) {
    return NONE
  }
  const cached = typeof raw === "object" && raw !== null ? parsed.get(raw) : undefined
  if (cached) {
    return cached
  }
  const result = EmbeddedIndexOptions.safeParse(raw)
  if (!result.success) {
    const problems = result.error.issues.map(describeIssue)
    invalid(`Invalid settings.provider_options of search index "${definition.name}": ${problems.join("; ")}`)
  }
  parsed.set(raw, result.data)
  return result.data
}

type Issue = { path: PropertyKey[]; message: string; code?: string; issues?: Issue[] }

/** `embedded.synonyms."sample pack".1: <message>`; a refused record key reports why, not just "Invalid key". */
function describeIssue(issue: Issue): string {
  const path = ["embedded", ...issue.path].map((part) =>
    typeof part === "number" || /^\w+$/.test(String(part)) ? String(part) : JSON.stringify(String(part)),
  )
  const message =
    issue.code === "invalid_key" && issue.issues?.length ? `key ${issue.issues.map((inner) => inner.message).join(", ")}` : issue.message
  return `${path.join(".")}: ${message}`
}
