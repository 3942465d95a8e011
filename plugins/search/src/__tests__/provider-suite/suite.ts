import type { SearchTypes } from "@medusajs/framework/types"
import { afterAll, beforeAll, describe } from "vitest"
import { settled, type Capabilities, type SuiteContext, type SuiteSetup } from "./context"
import { DOCUMENTS, suiteDefinition } from "./fixtures"
import { describeBadInput } from "./suite-bad-input"
import { describeFacetsAndSorting } from "./suite-facets-sorting"
import { describeFilters } from "./suite-filters"
import { describeMalformedInput } from "./suite-malformed-input"
import { describeSynonyms } from "./suite-synonyms"
import { describeText } from "./suite-text"
import { describeWrites } from "./suite-writes"

export type { Capabilities, SuiteSetup }

/**
 * The contract every search provider of this project meets: the same documents,
 * queries and expected hits/facets for the embedded Postgres provider and for
 * Meilisearch, so the storefront behaves alike on both. `setup` returns a ready
 * provider; the suite creates, fills and deletes its own indexes.
 */
export function runProviderSuite(name: string, setup: () => Promise<SuiteSetup>, capabilities: Capabilities): void {
  describe(`the ${name} search provider`, () => {
    let context: SuiteContext
    let catalogue: SearchTypes.ResolvedSearchIndexDefinition

    beforeAll(async () => {
      context = { ...(await setup()), capabilities }
      const { provider } = context
      catalogue = suiteDefinition(context.indexName("catalogue"), provider.identifier)
      await settled(provider, provider.upsertIndex({ index: catalogue }))
      await settled(provider, provider.upsertDocuments({ index: catalogue.physical_name, definition: catalogue, documents: DOCUMENTS }))
    }, 180_000)

    afterAll(async () => {
      if (context) {
        await settled(context.provider, context.provider.deleteIndex({ index: catalogue.physical_name })).catch(() => {})
        await context.teardown?.()
      }
    }, 180_000)

    const ctx = () => context
    const index = () => catalogue
    describeText(ctx, index)
    describeFilters(ctx, index)
    describeFacetsAndSorting(ctx, index)
    describeBadInput(ctx, index)
    describeMalformedInput(ctx, index)
    describeSynonyms(ctx)
    describeWrites(ctx)
  })
}
