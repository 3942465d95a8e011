import { describe, expect, it } from "vitest"
import { parseSearchState, searchBody } from "./search"

describe("the search page's URL state", () => {
  it("reads text, facets, price range, sort and page from the URL", () => {
    const state = parseSearchState(
      new URLSearchParams("q=xalca&kind=physical&kind=digital&category=pcat_1&min=10&max=200&sort=price-asc&page=3"),
    )
    expect(state).toMatchObject({
      q: "xalca",
      kind: ["physical", "digital"],
      category: ["pcat_1"],
      min: 10,
      max: 200,
      sort: "price-asc",
      page: 3,
    })
  })

  it("ignores values that are not facet values, amounts, sorts or pages", () => {
    const state = parseSearchState(new URLSearchParams("kind=x%27%20OR%201%3D1&min=-5&max=abc&sort=cost&page=0"))
    expect(state).toMatchObject({ kind: [], min: null, max: null, sort: "relevance", page: 1 })
  })

  it("asks the engine for the facets, the currency's price field and the page", () => {
    const body = searchBody(
      parseSearchState(new URLSearchParams("q=tar&kind=digital&creator=a&creator=b&max=50&sort=price-desc&page=2")),
      "eur",
    )
    expect(body.filters).toEqual({ q: "tar", kind: "digital", creator_handle: { $in: ["a", "b"] }, price_eur: { $lte: 50 } })
    expect(body.pagination).toEqual({ skip: 24, take: 24, order: { price_eur: "DESC" } })
    expect(body.search_options.facets).toContainEqual({ field: "price_eur", type: "stats" })
  })

  it("reads the export-ready markets from the URL and filters on the document's export_markets", () => {
    const state = parseSearchState(new URLSearchParams("export=de&export=US&export=x%27%3B"))
    expect(state.export).toEqual(["DE", "US"])
    expect(searchBody(state, "azn").filters).toEqual({ export_markets: { $in: ["DE", "US"] } })
    expect(searchBody(state, "azn").search_options.facets).toContain("export_markets")
  })
})
