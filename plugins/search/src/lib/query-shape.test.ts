import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { describe, expect, it } from "vitest"
import { checkQueryShape } from "./query-shape"

type Input = Partial<Pick<SearchTypes.ProviderSearchQuery, "q" | "pagination" | "search_options">>
const check = (input: Input) => () => checkQueryShape(input as SearchTypes.ProviderSearchQuery)
const facets = (...list: unknown[]) => check({ search_options: { facets: list as SearchTypes.SearchFacetRequest[] } })

describe("the shape of a search query, on every provider", () => {
  it("takes q as text or nothing", () => {
    for (const q of [123, ["a", "b"], { $eq: "a" }, true]) {
      expect(check({ q: q as any })).toThrow(/^q must be text/)
    }
    expect(check({ q: 123 as any })).toThrow("q must be text (got a number)")
    expect(check({ q: "xalça" })).not.toThrow()
    expect(check({ q: null as any })).not.toThrow()
    expect(check({})).not.toThrow()
  })

  it("refuses its errors as INVALID_DATA, an HTTP 400", () => {
    expect(check({ q: 1 as any })).toThrow(expect.objectContaining({ type: MedusaError.Types.INVALID_DATA }))
  })

  it("pages with whole numbers in range", () => {
    expect(check({ pagination: { skip: 2147483648, take: 20 } })).toThrow(
      "pagination.skip must be a whole number from 0 to 1,000,000 (got 2147483648)",
    )
    expect(check({ pagination: { skip: 0, take: 1001 } })).toThrow(/pagination.take must be a whole number from 0 to 1,000/)
    for (const skip of [-1, 1.5, NaN, Infinity, "10"]) {
      expect(check({ pagination: { skip: skip as number, take: 20 } })).toThrow(/pagination.skip must be a whole number/)
    }
    expect(check({ pagination: { skip: 1_000_000, take: 0 } })).not.toThrow()
    expect(check({ pagination: { skip: 0, take: 1_000 } })).not.toThrow()
  })

  it("refuses NUL characters in q and in facet text", () => {
    expect(check({ q: "rug\u0000" })).toThrow("Text in q must not contain NUL characters (\\u0000)")
    expect(facets({ field: "brand", query: "Qu\u0000" })).toThrow(/the query of facet "brand" must not contain NUL/)
    expect(facets({ field: "price", type: "range", ranges: [{ from: "1\u0000" }] })).toThrow(/NUL/)
    expect(facets("bra\u0000nd")).toThrow(/NUL/)
  })

  it("takes range bounds as numbers or text the provider reads as a number or a date", () => {
    expect(facets({ field: "price_azn", type: "range", ranges: [{ from: "abc", to: "zzz" }] })).not.toThrow()
    for (const bound of [NaN, Infinity, "", "  ", true, {}, null]) {
      expect(facets({ field: "price_azn", type: "range", ranges: [{ from: bound }] })).toThrow(
        /Range facet "price_azn" has a bound that is neither a number nor a date/,
      )
    }
    expect(facets({ field: "price_azn", type: "range" })).toThrow('Range facet "price_azn" needs a list of ranges')
  })

  it("bounds value facet limits and refuses facets without a field", () => {
    expect(facets({ field: "brand", limit: 2147483648 })).toThrow(/The limit of facet "brand" must be a whole number from 1 to 1,000/)
    expect(facets({ field: "brand", limit: 0 })).toThrow(/limit of facet "brand"/)
    expect(facets({ type: "value" })).toThrow("Each facet must be a field name or an object with a field")
    expect(check({ search_options: { facets: "brand" as any } })).toThrow("search_options.facets must be a list of facets")
  })
})
