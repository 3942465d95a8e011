import { describe, expect, it } from "vitest"
import { searchInput } from "./__tests__/fixtures"
import { planQuery } from "./query"
import { toSearchResult } from "./result"

const plan = (input: Parameters<typeof searchInput>[0]) => planQuery(searchInput(input), "product_v1")

describe("Meilisearch results mapped to Medusa's SearchResult", () => {
  it("maps hits, scores, highlights, dates and metadata", () => {
    const query = plan({
      q: "xalca",
      attributes_to_retrieve: ["title_en", "created_at"],
      pagination: { skip: 0, take: 2 },
      search_options: { include_score: true, highlight: { fields: ["title_en", "title_az"], pre_tag: "[", post_tag: "]" } },
    })
    const result = toSearchResult(query, [
      {
        hits: [
          {
            id: "prod_1",
            title_en: "Red carpet",
            created_at: 1714557600000,
            _rankingScore: 0.93,
            _formatted: { id: "prod_1", title_en: "Red [carpet]", title_az: "Qırmızı xalça" },
          },
        ],
        processingTimeMs: 3,
        estimatedTotalHits: 41,
      },
    ])
    expect(result).toEqual({
      hits: [
        {
          id: "prod_1",
          score: 0.93,
          document: { title_en: "Red carpet", created_at: "2024-05-01T10:00:00.000Z" },
          highlights: { title_en: ["Red [carpet]"] },
        },
      ],
      metadata: { skip: 0, take: 2, count: 41, query: "xalca", processing_time_ms: 3 },
    })
  })

  it("leaves scores and highlights out unless asked", () => {
    const result = toSearchResult(plan({}), [{ hits: [{ id: "prod_1", title_en: "Rug", _rankingScore: 0.5 }], estimatedTotalHits: 1 }])
    expect(result.hits).toEqual([{ id: "prod_1", document: { id: "prod_1", title_en: "Rug" } }])
  })

  it("sorts and trims value facets, reads stats and range counts", () => {
    const query = plan({
      search_options: {
        count: "none",
        facets: [
          { field: "brand", limit: 2 },
          { field: "tags", sort: "alpha" },
          { field: "price_azn", type: "stats" },
        ],
      },
    })
    const result = toSearchResult(query, [
      {
        hits: [],
        estimatedTotalHits: 7,
        facetDistribution: { brand: { acme: 2, zeta: 5, beta: 2 }, tags: { wool: 1, silk: 3 } },
        facetStats: { price_azn: { min: 4.5, max: 120 } },
      },
      { hits: [], totalHits: 7 },
    ])
    expect(result.metadata.count).toBeNull()
    expect(result.facets).toEqual({
      brand: {
        type: "value",
        values: [
          { value: "zeta", count: 5 },
          { value: "acme", count: 2 },
        ],
      },
      tags: {
        type: "value",
        values: [
          { value: "silk", count: 3 },
          { value: "wool", count: 1 },
        ],
      },
      price_azn: { type: "stats", min: 4.5, max: 120, count: 7 },
    })
  })

  it("reports range counts under their keys", () => {
    const query = plan({
      search_options: { facets: [{ field: "price_azn", type: "range", ranges: [{ to: 50 }, { key: "high", from: 50 }] }] },
    })
    const result = toSearchResult(query, [
      { hits: [], estimatedTotalHits: 9 },
      { hits: [], totalHits: 4 },
      { hits: [], totalHits: 5 },
    ])
    expect(result.facets?.price_azn).toEqual({
      type: "range",
      ranges: [
        { key: "*-50", to: 50, count: 4 },
        { key: "high", from: 50, count: 5 },
      ],
    })
  })

  it("gives the exhaustive count for count: exact", () => {
    const query = plan({ search_options: { count: "exact" } })
    expect(
      toSearchResult(query, [
        { hits: [], estimatedTotalHits: 900 },
        { hits: [], totalHits: 1234 },
      ]).metadata.count,
    ).toBe(1234)
  })

  it("refuses counts Meilisearch capped at maxTotalHits", () => {
    const query = plan({ search_options: { count: "exact" } })
    expect(() =>
      toSearchResult(query, [
        { hits: [], estimatedTotalHits: 5000 },
        { hits: [], totalHits: 5000 },
      ]),
    ).toThrow(/exact count reached pagination.maxTotalHits \(5000\)/)
  })

  it("refuses a re-sorted facet list that Meilisearch truncated in another order", () => {
    const query = plan({ search_options: { facets: [{ field: "tags", sort: "alpha" }] } })
    const full = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`tag${i}`, i + 1]))
    expect(() => toSearchResult(query, [{ hits: [], facetDistribution: { tags: full } }])).toThrow(
      /orders them by count, so the top values by alpha cannot be computed/,
    )
  })
})
