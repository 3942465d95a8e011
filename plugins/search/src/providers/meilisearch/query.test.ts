import { describe, expect, it } from "vitest"
import { productDefinition, searchInput } from "./__tests__/fixtures"
import { planQuery } from "./query"

describe("a Medusa search planned as Meilisearch multi-search queries", () => {
  it("maps text, filters, paging, order, facets, locales, highlight and scores onto one query", () => {
    const plan = planQuery(
      searchInput({
        q: "xalca",
        filters: { status: "published", sales_channel_ids: ["sc_1"] },
        pagination: { skip: 40, take: 20, order: { price_azn: "ASC", _score: "DESC" } },
        search_options: {
          match_strategy: "last",
          facets: [
            { field: "brand", type: "value" },
            { field: "tags", type: "value", limit: 5, sort: "alpha" },
          ],
          locales: ["aze"],
          attributes_to_search_on: ["title_az", "brand"],
          highlight: { fields: ["title_az"], snippet: { length: 12 } },
          min_score: 0.2,
          include_score: true,
          distinct: "handle",
        },
      }),
      "test_product_v1",
    )
    expect(plan.queries).toEqual([
      {
        indexUid: "test_product_v1",
        q: "xalca",
        matchingStrategy: "all",
        filter: '("status" = "published" AND "sales_channel_ids" IN ["sc_1"])',
        attributesToSearchOn: ["title_az", "brand"],
        locales: ["aze"],
        distinct: "handle",
        rankingScoreThreshold: 0.2,
        offset: 40,
        limit: 20,
        attributesToRetrieve: ["id", "title_en", "price_azn", "created_at", "title_az"],
        sort: ["price_azn:asc"],
        facets: ["brand", "tags"],
        showRankingScore: true,
        attributesToHighlight: ["title_az"],
        highlightPreTag: "<mark>",
        highlightPostTag: "</mark>",
        attributesToCrop: ["title_az"],
        cropLength: 12,
      },
    ])
    expect(plan.countAt).toBeUndefined()
  })

  it("adds an exhaustive count query for count: exact and for stats facets", () => {
    const plan = planQuery(
      searchInput({
        filters: { in_stock: true },
        search_options: { count: "exact", facets: [{ field: "price_azn", type: "stats" }] },
      }),
      "product_v1",
    )
    expect(plan.queries).toEqual([
      {
        indexUid: "product_v1",
        filter: '"in_stock" = "true"',
        offset: 0,
        limit: 20,
        attributesToRetrieve: ["id", "title_en", "price_azn", "created_at"],
        facets: ["price_azn"],
      },
      { indexUid: "product_v1", filter: '("in_stock" = "true")', hitsPerPage: 0, page: 1 },
    ])
    expect(plan.countAt).toBe(1)
  })

  it("counts each range facet with its own query, from inclusive and to exclusive", () => {
    const plan = planQuery(
      searchInput({
        q: "rug",
        filters: { status: "published" },
        search_options: {
          facets: [{ field: "price_azn", type: "range", ranges: [{ to: 50 }, { key: "mid", from: 50, to: 200 }, { from: 200 }] }],
        },
      }),
      "product_v1",
    )
    const shared = { indexUid: "product_v1", q: "rug", matchingStrategy: "all", hitsPerPage: 0, page: 1 }
    expect(plan.queries.slice(1)).toEqual([
      { ...shared, filter: '("status" = "published") AND ("price_azn" < "50")' },
      { ...shared, filter: '("status" = "published") AND ("price_azn" >= "50" AND "price_azn" < "200")' },
      { ...shared, filter: '("status" = "published") AND ("price_azn" >= "200")' },
    ])
    expect(plan.queries[0]).not.toHaveProperty("facets")
    expect(plan.rangesAt.get("price_azn")).toEqual([1, 2, 3])
    expect(plan.facets).toEqual([
      {
        type: "range",
        field: "price_azn",
        ranges: [
          { key: "*-50", to: 50 },
          { key: "mid", from: 50, to: 200 },
          { key: "200-*", from: 200 },
        ],
      },
    ])
  })

  it("rejects what Meilisearch cannot answer exactly", () => {
    const reject = (input: Parameters<typeof searchInput>[0]) => () => planQuery(searchInput(input), "product_v1")
    expect(reject({ pagination: { cursor: "abc" } })).toThrow(/cursor pagination/)
    expect(reject({ search_options: { match_strategy: "any" } })).toThrow(/"any" has no exact Meilisearch equivalent/)
    expect(reject({ q: "rug", search_options: { typo_tolerance: false } })).toThrow(/cannot turn typo tolerance off per query/)
    expect(reject({ search_options: { vector: { value: [1] } } })).toThrow(/search_options.vector/)
    expect(reject({ pagination: { order: { _score: "ASC" } } })).toThrow(/relevance descending/)
    expect(reject({ pagination: { order: { _score: "DESC", price_azn: "ASC" } } })).toThrow(/relevance descending/)
    expect(reject({ pagination: { order: { brand: "ASC" } } })).toThrow('Field "brand" is not sortable on search index "product"')
    expect(reject({ pagination: { skip: 4990, take: 20 } })).toThrow(/past pagination.maxTotalHits \(5000\)/)
    expect(reject({ search_options: { facets: [{ field: "brand", query: "ac" }] } })).toThrow(/Facet value search/)
    expect(reject({ search_options: { facets: [{ field: "brand", limit: 50 }] } })).toThrow(/maxValuesPerFacet \(20\)/)
    expect(reject({ search_options: { facets: [{ field: "status" }] } })).toThrow(/"status" does not support "value" facets/)
    expect(reject({ search_options: { distinct: "tags" } })).toThrow(/deduplicate by a single-valued/)
    expect(reject({ q: "rug", search_options: { highlight: { fields: ["handle", "status"] } } })).toThrow(/highlight field "status"/)
    expect(reject({ search_options: { min_score: 3 } })).toThrow(/min_score must be between 0 and 1/)
    expect(reject({ search_options: { provider_options: { meilisearch: { limit: 1 } } } })).toThrow(/Unrecognized key/)
  })

  it("rejects malformed input before planning, as every provider does", () => {
    const reject = (input: Parameters<typeof searchInput>[0]) => () => planQuery(searchInput(input), "product_v1")
    expect(reject({ q: 123 as any })).toThrow("q must be text (got a number)")
    expect(reject({ q: "rug\u0000" })).toThrow(/must not contain NUL characters/)
    expect(reject({ pagination: { skip: 2147483648, take: 20 } })).toThrow(/pagination.skip must be a whole number from 0 to 1,000,000/)
    const range = (from: unknown, to: unknown) =>
      reject({ search_options: { facets: [{ field: "price_azn", type: "range", ranges: [{ from, to } as any] }] } })
    expect(range("abc", "zzz")).toThrow(/"price_azn" must be a finite number/)
    expect(range(NaN, undefined)).toThrow(/Range facet "price_azn" has a bound that is neither a number nor a date/)
    expect(reject({ filters: { $or: [] } })).toThrow("$or needs at least one condition")
  })

  it("refuses typeahead when the index disables prefix search", () => {
    const index = productDefinition({ settings: { provider_options: { meilisearch: { prefixSearch: "disabled" } } } })
    expect(() => planQuery(searchInput({ index, q: "ru", search_options: { match_strategy: "last" } }), "p")).toThrow(/needs prefix search/)
  })

  it("lets a caller pick Meilisearch's own matching strategy explicitly", () => {
    const plan = planQuery(
      searchInput({ q: "red silk scarf", search_options: { provider_options: { meilisearch: { matchingStrategy: "frequency" } } } }),
      "p",
    )
    expect(plan.queries[0]).toMatchObject({ q: "red silk scarf", matchingStrategy: "frequency" })
  })
})
