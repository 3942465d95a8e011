import type { SearchTypes } from "@medusajs/framework/types"
import { describe, expect, it } from "vitest"
import { expectInvalid, searcher, type SuiteContext } from "./context"

/** `{ $not: { $not: … filters } }`, `depth` operators deep. */
const nestedNot = (depth: number, filters: SearchTypes.SearchFilters): SearchTypes.SearchFilters =>
  depth ? { $not: nestedNot(depth - 1, filters) } : filters

/**
 * Input that once reached the engine and failed there (HTTP 500): a provider
 * refuses it as bad input itself, since workflows call it without Medusa's
 * HTTP validator, and that validator lets most of it through.
 */
export function describeMalformedInput(ctx: () => SuiteContext, index: () => SearchTypes.ResolvedSearchIndexDefinition): void {
  const { ids, search } = searcher(ctx, index)
  const range = (from: unknown, to?: unknown) =>
    search({
      search_options: { facets: [{ field: "price", type: "range", ranges: [{ key: "r", from: from as number, to: to as number }] }] },
    })

  describe("malformed input", () => {
    it("refuses a q that is not text", async () => {
      for (const q of [123, ["a", "b"], { $eq: "a" }]) {
        await expectInvalid(search({ q: q as any }), /^q must be text/)
      }
    })

    it("refuses paging that is not a whole number in range", async () => {
      await expectInvalid(
        search({ pagination: { skip: 2147483648, take: 10 } }),
        /pagination.skip must be a whole number from 0 to 1,000,000/,
      )
      await expectInvalid(search({ pagination: { skip: 1.5, take: 10 } }), /pagination.skip/)
      await expectInvalid(search({ pagination: { skip: 0, take: 2147483648 } }), /pagination.take must be a whole number from 0 to 1,000/)
    })

    it("refuses range facet bounds and number or date filters that are not numbers or dates, naming the field", async () => {
      await expectInvalid(range("abc", "zzz"), /price/)
      await expectInvalid(range(NaN), /price/)
      await expectInvalid(range(0, Infinity), /price/)
      await expectInvalid(ids({ filters: { price: { $gt: "abc" } } }), /price/)
      await expectInvalid(ids({ filters: { price: { $lte: "Infinity" } } }), /price/)
      await expectInvalid(ids({ filters: { price: { $gte: NaN } } }), /price/)
      await expectInvalid(ids({ filters: { price: { $lt: "" } } }), /price/)
      await expectInvalid(ids({ filters: { rating: ["5", "many"] } }), /rating/)
      await expectInvalid(ids({ filters: { created_at: { $gt: "yesterday" } } }), /created_at/)
      await expectInvalid(ids({ filters: { created_at: { $lt: Infinity } } }), /created_at/)
    })

    it("still reads numbers given as numeric text", async () => {
      expect(await ids({ filters: { price: { $gt: "300" } } })).toEqual(["p_carpet_red", "p_xalca"])
      const result = await range(undefined, "100")
      expect((result.facets?.price as { ranges: { count: number }[] }).ranges[0].count).toBe(7)
    })

    it("refuses filters nested more than 16 levels deep", async () => {
      expect(await ids({ filters: nestedNot(16, { brand: "Type Lab" }) })).toEqual(["p_font"])
      await expectInvalid(ids({ filters: nestedNot(17, { brand: "Type Lab" }) }), /more than 16 levels deep/)
      await expectInvalid(ids({ filters: nestedNot(2000, { brand: "Type Lab" }) }), /more than 16 levels deep/)
    })

    it("refuses an empty $or, $and or $not rather than matching everything", async () => {
      await expectInvalid(ids({ filters: { $or: [] } }), /^\$or needs at least one condition/)
      await expectInvalid(ids({ filters: { $and: [] } }), /^\$and needs at least one condition/)
      await expectInvalid(ids({ filters: { $not: {} } }), /^\$not needs at least one condition/)
      await expectInvalid(ids({ filters: { brand: "Type Lab", $or: [{ tags: "font" }, {}] } }), /^\$or needs/)
    })

    it("refuses NUL characters in q, filter values and facet queries", async () => {
      await expectInvalid(search({ q: "carpet\u0000" }), /must not contain NUL characters/)
      await expectInvalid(ids({ filters: { brand: "Type\u0000Lab" } }), /must not contain NUL characters/)
      await expectInvalid(ids({ filters: { $or: [{ tags: { $in: ["carpet", "\u0000"] } }] } }), /must not contain NUL characters/)
      await expectInvalid(
        search({ search_options: { facets: [{ field: "brand", type: "value", query: "Qu\u0000" }] } }),
        /must not contain NUL characters/,
      )
    })
  })
}
