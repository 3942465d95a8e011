import { describe, it } from "vitest"
import { MeilisearchSearchProvider } from "../../providers/meilisearch"
import { runProviderSuite } from "./suite"

// Runs the shared provider contract against a real Meilisearch server; no server can be installed
// on dev/CI machines, so it only runs where MEILISEARCH_HOST points at one.
const host = process.env.MEILISEARCH_HOST

if (!host) {
  describe("the meilisearch search provider (live)", () => {
    it.skip("runs only when MEILISEARCH_HOST points at a Meilisearch server", () => {})
  })
} else {
  // A run-specific prefix: a shared server outlives the run, and the suite deletes what it creates.
  const run = `suite_${Date.now().toString(36)}_`
  runProviderSuite(
    "meilisearch",
    async () => ({
      provider: new MeilisearchSearchProvider({}, { host, api_key: process.env.MEILISEARCH_API_KEY, index_prefix: run }),
      indexName: (base) => base,
    }),
    // Meilisearch has no "any" strategy, no per-query typo switch and no substring filter; STARTS WITH serves $prefix.
    { matchAny: false, typoOffPerQuery: false, prefixFilter: true, likeFilter: false },
  )
}
