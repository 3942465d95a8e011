import type { SearchTypes } from "@medusajs/framework/types"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { expectInvalid, searcher, settled, type SuiteContext } from "./context"
import { SYNONYM_DOCUMENTS, synonymDefinition } from "./fixtures"

export function describeSynonyms(ctx: () => SuiteContext): void {
  describe("synonyms", () => {
    let index: SearchTypes.ResolvedSearchIndexDefinition
    const { ids } = searcher(ctx, () => index)

    beforeAll(async () => {
      const { provider } = ctx()
      index = synonymDefinition(ctx().indexName("synonyms"), provider.identifier)
      await settled(provider, provider.upsertIndex({ index }))
      await settled(provider, provider.upsertDocuments({ index: index.physical_name, definition: index, documents: SYNONYM_DOCUMENTS }))
    }, 120_000)

    afterAll(async () => {
      if (index) {
        await settled(ctx().provider, ctx().provider.deleteIndex({ index: index.physical_name })).catch(() => {})
      }
    }, 120_000)

    it("widen a query word to what it also means, in any of the three languages", async () => {
      expect(await ids({ q: "carpet" })).toEqual(["s_kover", "s_qarabag", "s_rug"])
      expect(await ids({ q: "ковер" })).toEqual(["s_kover", "s_qarabag", "s_rug"])
      expect(await ids({ q: "xalca" })).toEqual(["s_kover", "s_qarabag", "s_rug"])
    })

    it("are one-way: a synonym does not widen back to its key", async () => {
      expect(await ids({ q: "rug" })).toEqual(["s_rug"])
    })

    it("read a multi-word key as a phrase of the query", async () => {
      expect(await ids({ q: "sample pack" })).toEqual(["s_cards", "s_loops", "s_pack"])
      expect(await ids({ q: "pack sample" })).toEqual(["s_cards", "s_pack"])
    })

    it("match a multi-word synonym as a phrase", async () => {
      expect(await ids({ q: "loops" })).toEqual(["s_loops", "s_pack"])
    })

    it("keep the other query words required", async () => {
      expect(await ids({ q: "wool carpet" })).toEqual(["s_rug"])
      expect(await ids({ q: "drum sample pack" })).toEqual(["s_loops"])
    })

    it("refuse a synonyms setting that is not a map of word lists", async () => {
      const bad = synonymDefinition(ctx().indexName("bad_synonyms"), ctx().provider.identifier, { carpet: "rug" })
      await expectInvalid(ctx().provider.upsertIndex({ index: bad }))
    })
  })
}
