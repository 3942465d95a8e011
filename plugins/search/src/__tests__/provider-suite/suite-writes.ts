import type { SearchTypes } from "@medusajs/framework/types"
import { beforeAll, describe, expect, it } from "vitest"
import { expectInvalid, searcher, settled, type SuiteContext } from "./context"
import { DOCUMENTS, suiteDefinition } from "./fixtures"

export function describeWrites(ctx: () => SuiteContext): void {
  describe("writes", () => {
    let index: SearchTypes.ResolvedSearchIndexDefinition
    const { ids } = searcher(ctx, () => index)
    const count = async () => (await ctx().provider.listIndexes()).find((info) => info.name === index.physical_name)?.document_count
    const write = (task: Promise<SearchTypes.SearchTask>) => settled(ctx().provider, task)

    beforeAll(async () => {
      const { provider } = ctx()
      index = suiteDefinition(ctx().indexName("writes"), provider.identifier)
      await write(provider.upsertIndex({ index }))
      await write(provider.upsertDocuments({ index: index.physical_name, definition: index, documents: DOCUMENTS }))
    }, 120_000)

    it("lists the index with its document count", async () => {
      expect(await count()).toBe(12)
      const info = (await ctx().provider.listIndexes()).find((entry) => entry.name === index.physical_name)
      expect(info?.provider).toBe(ctx().provider.identifier)
    })

    it("replaces a document written again under the same id", async () => {
      const font = { ...DOCUMENTS.find((doc) => doc.id === "p_font")!, title: "Azeri calligraphy font" }
      await write(ctx().provider.upsertDocuments({ index: index.physical_name, definition: index, documents: [font] }))
      expect(await ids({ q: "calligraphy" })).toEqual(["p_font"])
      expect(await ids({ q: "display" })).toEqual([])
      expect(await count()).toBe(12)
    })

    it("deletes documents by id", async () => {
      await write(ctx().provider.deleteDocuments({ index: index.physical_name, filters: { id: ["p_samples", "p_vinyl"] } }))
      expect(await ids({ q: "mugham" })).toEqual([])
      expect(await ids({ filters: { brand: "Baku Sound" } })).toEqual([])
      expect(await count()).toBe(10)
    })

    it("deletes documents by filter", async () => {
      await write(ctx().provider.deleteDocuments({ index: index.physical_name, filters: { tags: "silk", price: { $lt: 100 } } }))
      expect(await ids({ filters: { tags: "silk" } })).toEqual(["p_kelagayi"])
      expect(await count()).toBe(9)
    })

    it("refuses a delete filter it cannot express", async () => {
      await expectInvalid(ctx().provider.deleteDocuments({ index: index.physical_name, filters: { colour: "red" } }))
      expect(await count()).toBe(9)
    })

    it("clears the index but keeps it", async () => {
      await write(ctx().provider.clearIndex({ index: index.physical_name }))
      expect(await ids({ q: "carpet" })).toEqual([])
      expect(await count()).toBe(0)
    })
  })
}
