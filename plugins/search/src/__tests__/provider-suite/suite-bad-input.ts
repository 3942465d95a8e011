import type { SearchTypes } from "@medusajs/framework/types"
import { describe, expect, it } from "vitest"
import { expectInvalid, expectNotWidened, searcher, type SuiteContext } from "./context"

export function describeBadInput(ctx: () => SuiteContext, index: () => SearchTypes.ResolvedSearchIndexDefinition): void {
  const { ids, search } = searcher(ctx, index)

  describe("bad input", () => {
    it("refuses unknown and non-filterable filter fields", async () => {
      await expectInvalid(search({ filters: { colour: "red" } }))
      await expectInvalid(search({ filters: { title: "Silk scarf" } }))
      await expectInvalid(search({ filters: { $or: [{ brand: "Type Lab" }, { colour: "red" }] } }))
    })

    it("refuses unsupported operators and malformed operands", async () => {
      await expectInvalid(search({ filters: { brand: { $regex: "^Q" } } as any }))
      await expectInvalid(search({ filters: { price: { $gt: { $lt: 5 } } } as any }))
      await expectInvalid(search({ filters: { brand: { $eq: "Type Lab", note: "ignored?" } } as any }))
    })

    it("refuses sorting and faceting on fields that do not allow it", async () => {
      await expectInvalid(search({ pagination: { skip: 0, take: 5, order: { title: "ASC" } } }))
      await expectInvalid(search({ pagination: { skip: 0, take: 5, order: { colour: "ASC" } } }))
      await expectInvalid(search({ search_options: { facets: ["title"] } }))
      await expectInvalid(search({ search_options: { facets: [{ field: "brand", type: "stats" }] } }))
    })

    it("matches quotes in filter values literally", async () => {
      expect(await ids({ filters: { brand: `O'Brien "Studio"` } })).toEqual(["p_quote"])
      expect(await ids({ filters: { brand: "O'Brien" } })).toEqual([])
    })

    it("never widens a filter value carrying SQL or Meilisearch syntax", async () => {
      await expectNotWidened(ids({ filters: { brand: "x' OR '1'='1" } }))
      await expectNotWidened(ids({ filters: { brand: `Type Lab" OR brand = "Baku Sound` } }))
      await expectNotWidened(ids({ filters: { brand: `Type Lab' OR brand = 'Baku Sound` } }))
      await expectNotWidened(ids({ filters: { brand: { $in: [`Type Lab"]) OR (brand EXISTS`] } } }))
      await expectNotWidened(ids({ filters: { "seller.id": 's_seki" OR seller.id EXISTS OR "' } }))
    })

    it("refuses a free-text query nested inside filters", async () => {
      await expectInvalid(search({ filters: { $or: [{ q: "carpet" }, { brand: "Type Lab" }] } }))
    })
  })
}
