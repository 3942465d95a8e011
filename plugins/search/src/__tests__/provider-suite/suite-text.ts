import type { SearchTypes } from "@medusajs/framework/types"
import { describe, expect, it } from "vitest"
import { expectInvalid, searcher, type SuiteContext } from "./context"

export function describeText(ctx: () => SuiteContext, index: () => SearchTypes.ResolvedSearchIndexDefinition): void {
  const { ids, search } = searcher(ctx, index)

  describe("free text", () => {
    it("finds a word in titles, descriptions, brands and seller names", async () => {
      expect(await ids({ q: "carpet" })).toEqual(["p_carpet_red", "p_runner"])
      const result = await search({ q: "mugham" })
      expect(result.hits[0]?.document).toMatchObject({ id: "p_vinyl", title: "Mugham vinyl record", brand: "Baku Sound" })
    })

    it("finds Azerbaijani words typed in ASCII", async () => {
      expect(await ids({ q: "xalca" })).toEqual(["p_runner", "p_xalca"])
      expect(await ids({ q: "kelagayi" })).toEqual(["p_kelagayi"])
      expect(await ids({ q: "QIRMIZI XALÇA" })).toEqual(["p_xalca"])
      expect(await ids({ q: "seki ipek" })).toEqual(["p_kelagayi", "p_scarf"])
    })

    it("finds Russian words typed with е instead of ё", async () => {
      expect(await ids({ q: "ковер" })).toEqual(["p_kover"])
      expect(await ids({ q: "КОВЁР ручной" })).toEqual(["p_kover"])
    })

    it("requires every word by default", async () => {
      expect(await ids({ q: "silk scarf" })).toEqual(["p_scarf"])
      expect(await ids({ q: "carpet tray" })).toEqual([])
    })

    it("reads query-language syntax in free text as plain words", async () => {
      expect(await ids({ q: "carpet & wool | (" })).toEqual(["p_carpet_red"])
    })

    it("matches the last word as a prefix for typeahead", async () => {
      const last = { match_strategy: "last" } as const
      expect(await ids({ q: "mugham vin", search_options: last })).toEqual(["p_vinyl"])
      expect(await ids({ q: "blue carp", search_options: last })).toEqual(["p_runner"])
    })

    it("matches any word when asked to, or refuses", async () => {
      const any = search({ q: "vinyl copper", search_options: { match_strategy: "any" } })
      if (!ctx().capabilities.matchAny) return expectInvalid(any)
      expect((await any).hits.map((hit) => hit.id).sort()).toEqual(["p_copper", "p_vinyl"])
    })

    it("searches only the requested fields", async () => {
      expect(await ids({ q: "xalca", search_options: { attributes_to_search_on: ["title"] } })).toEqual(["p_xalca"])
    })

    it("counts every match while returning a page", async () => {
      const result = await search({ q: "carpet", pagination: { skip: 0, take: 1 } })
      expect(result.hits).toHaveLength(1)
      expect(result.metadata.count).toBe(2)
    })
  })

  describe("typo tolerance", () => {
    it("is on by default and finds words with one typo", async () => {
      expect(await ids({ q: "carpt" })).toEqual(["p_carpet_red", "p_runner"])
      expect(await ids({ q: "vinyll" })).toEqual(["p_vinyl"])
      expect(await ids({ q: "mguham" })).toEqual(["p_vinyl"])
    })

    it("allows two typos in long words only", async () => {
      expect(await ids({ q: "masterklass" })).toEqual(["p_class"])
      expect(await ids({ q: "taar" })).toEqual([])
    })

    it("combines a typo with typeahead", async () => {
      expect(await ids({ q: "mugham vinly", search_options: { match_strategy: "last" } })).toEqual(["p_vinyl"])
    })

    it("never corrects words in fields that disable typos", async () => {
      expect(await ids({ q: "lahijtray" })).toEqual(["p_copper"])
      expect(await ids({ q: "lahijtrey" })).toEqual([])
    })

    it("can be turned off per query, or refuses to", async () => {
      const exact = search({ q: "carpt", search_options: { typo_tolerance: false } })
      if (!ctx().capabilities.typoOffPerQuery) return expectInvalid(exact)
      expect((await exact).hits).toEqual([])
    })
  })
}
