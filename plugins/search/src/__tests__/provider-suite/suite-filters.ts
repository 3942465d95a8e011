import type { SearchTypes } from "@medusajs/framework/types"
import { describe, expect, it } from "vitest"
import { expectInvalid, searcher, type SuiteContext } from "./context"

export function describeFilters(ctx: () => SuiteContext, index: () => SearchTypes.ResolvedSearchIndexDefinition): void {
  const { ids } = searcher(ctx, index)
  const where = (filters: SearchTypes.SearchFilters) => ids({ filters })

  describe("filters", () => {
    it("match keywords exactly, alone or from a list", async () => {
      expect(await where({ brand: { $eq: "Quba Weavers" } })).toEqual(["p_carpet_red", "p_xalca"])
      expect(await where({ brand: ["Baku Sound", "Lahij Masters"] })).toEqual(["p_copper", "p_samples", "p_vinyl"])
      expect(await where({ brand: { $in: ["Type Lab"] } })).toEqual(["p_font"])
      expect(await where({ brand: "quba weavers" })).toEqual([])
    })

    it("exclude values", async () => {
      expect(await where({ tags: "carpet", brand: { $ne: "Quba Weavers" } })).toEqual(["p_kover", "p_runner"])
      expect(await where({ tags: "carpet", brand: { $nin: ["Quba Weavers", "Дербент"] } })).toEqual(["p_runner"])
    })

    it("compare numbers", async () => {
      expect(await where({ price: { $gt: 300 } })).toEqual(["p_carpet_red", "p_xalca"])
      expect(await where({ price: { $gte: 300, $lt: 400 } })).toEqual(["p_kover", "p_xalca"])
      expect(await where({ price: { $lte: 25 } })).toEqual(["p_font", "p_samples"])
    })

    it("match booleans", async () => {
      expect(await where({ in_stock: false })).toEqual(["p_copper", "p_kover"])
    })

    it("compare dates given as ISO strings", async () => {
      expect(await where({ created_at: { $gte: "2026-07-01T00:00:00.000Z" } })).toEqual(["p_class", "p_font"])
    })

    it("treat a value on an array field as membership", async () => {
      expect(await where({ tags: "carpet" })).toEqual(["p_carpet_red", "p_kover", "p_runner", "p_xalca"])
      expect(await where({ tags: { $contains: ["carpet", "wool"] } })).toEqual(["p_carpet_red", "p_kover", "p_xalca"])
      expect(await where({ tags: { $overlaps: ["vinyl", "font"] } })).toEqual(["p_font", "p_vinyl"])
    })

    it("test presence", async () => {
      expect(await where({ rating: { $exists: false } })).toEqual(["p_class"])
    })

    it("reach nested fields", async () => {
      expect(await where({ "seller.id": "s_seki" })).toEqual(["p_kelagayi", "p_scarf"])
    })

    it("combine with $or and $not", async () => {
      expect(await where({ $or: [{ brand: "Type Lab" }, { price: { $gte: 400 } }] })).toEqual(["p_carpet_red", "p_font"])
      expect(await where({ $not: { tags: "carpet" }, price: { $gt: 100 } })).toEqual(["p_kelagayi"])
      expect(await where({ $and: [{ tags: "music" }, { price: { $gt: 20 } }] })).toEqual(["p_vinyl"])
    })

    it("narrow a free-text query", async () => {
      expect(await ids({ q: "carpet", filters: { in_stock: true, price: { $lt: 300 } } })).toEqual(["p_runner"])
      expect(await ids({ q: "xalca", filters: { price: { $lt: 300 } } })).toEqual(["p_runner"])
    })

    it("match a prefix literally, or refuse", async () => {
      const prefix = (value: string) => where({ brand: { $prefix: value } })
      if (!ctx().capabilities.prefixFilter) return expectInvalid(prefix("Baku"))
      expect(await prefix("Baku")).toEqual(["p_samples", "p_vinyl"])
      expect(await prefix("Ba%")).toEqual([])
      expect(await prefix("_aku")).toEqual([])
    })

    it("match a substring literally, or refuse", async () => {
      const like = (value: string) => where({ brand: { $like: value } })
      if (!ctx().capabilities.likeFilter) return expectInvalid(like("Sound"))
      expect(await like("Sound")).toEqual(["p_samples", "p_vinyl"])
      expect(await like("%")).toEqual([])
      expect(await like("B_ku")).toEqual([])
    })
  })
}
