import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { expect } from "vitest"
import { RETRIEVABLE } from "./fixtures"

type Provider = SearchTypes.ISearchProvider

/** What the engine can and cannot express; a missing capability must be refused (INVALID_DATA), never approximated. */
export type Capabilities = {
  /** `match_strategy: "any"`. */
  matchAny: boolean
  /** `search_options.typo_tolerance: false` on an index that allows typos. */
  typoOffPerQuery: boolean
  /** `$prefix` filters. */
  prefixFilter: boolean
  /** `$like` (substring) filters. */
  likeFilter: boolean
}

export type SuiteSetup = {
  provider: Provider
  /** A physical index name unique to this run (a shared Meilisearch server outlives it). */
  indexName: (base: string) => string
  teardown?: () => Promise<void>
}

export type SuiteContext = SuiteSetup & { capabilities: Capabilities }

/** Waits for an asynchronous engine's write; inline engines report success right away. */
export async function settled(provider: Provider, task: SearchTypes.SearchTask | Promise<SearchTypes.SearchTask>) {
  const done = provider.waitForTask ? await provider.waitForTask(await task, { timeout_ms: 60_000 }) : await task
  expect(done.status).toBe("succeeded")
  return done
}

export type QueryInput = {
  q?: string
  filters?: SearchTypes.SearchFilters
  pagination?: SearchTypes.ProviderSearchQuery["pagination"]
  search_options?: SearchTypes.SearchOptions
}

export function searcher(ctx: () => SuiteContext, index: () => SearchTypes.ResolvedSearchIndexDefinition) {
  const search = (input: QueryInput) =>
    ctx().provider.search({ index: index(), attributes_to_retrieve: RETRIEVABLE, pagination: { skip: 0, take: 50 }, ...input })
  /** Hit ids, sorted, for assertions that do not depend on ranking. */
  const ids = async (input: QueryInput) => (await search(input)).hits.map((hit) => hit.id).sort()
  /** Hit ids in the order the engine returned them. */
  const ordered = async (input: QueryInput) => (await search(input)).hits.map((hit) => hit.id)
  return { search, ids, ordered }
}

/** Refused as bad input (INVALID_DATA, an HTTP 400), with a message matching `message` when given. */
export async function expectInvalid(promise: Promise<unknown>, message?: RegExp): Promise<void> {
  await expect(promise).rejects.toMatchObject({
    type: MedusaError.Types.INVALID_DATA,
    ...(message && { message: expect.stringMatching(message) }),
  })
}

/** Either refused as bad input or answered with nothing beyond `allowed`: never a widened result. */
export async function expectNotWidened(promise: Promise<string[]>, allowed: string[] = []): Promise<void> {
  let hits: string[]
  try {
    hits = await promise
  } catch (error) {
    expect(error).toMatchObject({ type: MedusaError.Types.INVALID_DATA })
    return
  }
  expect(hits.filter((id) => !allowed.includes(id))).toEqual([])
}
