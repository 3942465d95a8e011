import type { SearchTypes } from "@medusajs/framework/types"
import { describe, expect, it } from "vitest"
import { searcher, type SuiteContext } from "./context"

type ValueFacet = { type: "value"; values: { value: string; count: number }[] }

/** Facet values as a map, since engines order equal counts differently. */
const counts = (facet: unknown) => Object.fromEntries((facet as ValueFacet).values.map(({ value, count }) => [value, count]))

export function describeFacetsAndSorting(ctx: () => SuiteContext, index: () => SearchTypes.ResolvedSearchIndexDefinition): void {
  const { search, ordered } = searcher(ctx, index)

  describe("facets", () => {
    it("count values among the matches", async () => {
      const result = await search({ filters: { tags: "carpet" }, search_options: { facets: ["brand"] } })
      expect(counts(result.facets?.brand)).toEqual({ "Quba Weavers": 2, Дербент: 1, "Gəncə Xalça": 1 })
      const text = await search({ q: "carpet", search_options: { facets: ["brand"] } })
      expect(counts(text.facets?.brand)).toEqual({ "Quba Weavers": 1, "Gəncə Xalça": 1 })
    })

    it("count array elements and booleans", async () => {
      const result = await search({ filters: { in_stock: false }, search_options: { facets: ["tags", "in_stock"] } })
      expect(counts(result.facets?.tags)).toEqual({ carpet: 1, wool: 1, copper: 1, handmade: 1 })
      expect(counts(result.facets?.in_stock)).toEqual({ false: 2 })
    })

    it("give numeric stats", async () => {
      const result = await search({ filters: { tags: "carpet" }, search_options: { facets: [{ field: "price", type: "stats" }] } })
      expect(result.facets?.price).toMatchObject({ type: "stats", min: 200, max: 450 })
    })

    it("count numeric ranges", async () => {
      const ranges = [
        { key: "cheap", to: 100 },
        { key: "mid", from: 100, to: 400 },
        { key: "high", from: 400 },
      ]
      const result = await search({ search_options: { facets: [{ field: "price", type: "range", ranges }] } })
      const facet = result.facets?.price as { ranges: { key?: string; count: number }[] }
      expect(Object.fromEntries(facet.ranges.map((range) => [range.key, range.count]))).toEqual({ cheap: 7, mid: 4, high: 1 })
    })

    it("come without hits when take is 0", async () => {
      const result = await search({ pagination: { skip: 0, take: 0 }, search_options: { facets: ["in_stock"] } })
      expect(result.hits).toEqual([])
      expect(counts(result.facets?.in_stock)).toEqual({ true: 10, false: 2 })
      expect(result.metadata.count).toBe(12)
    })
  })

  describe("sorting and pagination", () => {
    it("sorts by a number", async () => {
      const order = { price: "ASC" } as const
      expect(await ordered({ filters: { tags: "carpet" }, pagination: { skip: 0, take: 10, order } })).toEqual([
        "p_runner",
        "p_kover",
        "p_xalca",
        "p_carpet_red",
      ])
    })

    it("sorts by several fields", async () => {
      const order = { rating: "DESC", price: "ASC" } as const
      expect(await ordered({ filters: { in_stock: true }, pagination: { skip: 0, take: 4, order } })).toEqual([
        "p_kelagayi",
        "p_carpet_red",
        "p_vinyl",
        "p_scarf",
      ])
    })

    it("pages through sorted results with a total count", async () => {
      const result = await search({ pagination: { skip: 3, take: 3, order: { price: "ASC" } } })
      expect(result.hits.map((hit) => hit.id)).toEqual(["p_quote", "p_class", "p_scarf"])
      expect(result.metadata).toMatchObject({ skip: 3, take: 3, count: 12 })
    })

    it("ranks title matches above description matches", async () => {
      const hits = await ordered({ q: "record" })
      expect(hits[0]).toBe("p_vinyl")
      expect(hits).toContain("p_font")
    })
  })
}
