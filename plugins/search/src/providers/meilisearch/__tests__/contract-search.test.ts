import { MedusaError } from "@medusajs/framework/utils"
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest"
import { MeilisearchSearchProvider } from "../service"
import { searchInput } from "./fixtures"
import { shape } from "./meili-tokens"
import { emptyResult, MeilisearchRecorder } from "./recorder"

let recorder: MeilisearchRecorder
const provider = () =>
  new MeilisearchSearchProvider({}, { host: recorder.url, api_key: "searchKey", index_prefix: "test_", task_interval_ms: 1 })

beforeAll(async () => {
  recorder = await MeilisearchRecorder.start()
})
afterAll(() => recorder.close())
beforeEach(() => {
  recorder.reset()
  recorder.addIndex("test_product_v1")
  recorder.searchResults = (queries) => queries.map(emptyResult)
  recorder.intercept = () => undefined
})

describe("Meilisearch search over HTTP", () => {
  it("sends one multi-search and maps the answer to a SearchResult", async () => {
    recorder.searchResults = (queries) => [
      {
        ...emptyResult(queries[0]),
        hits: [{ id: "prod_1", title_en: "Kəlağayı silk scarf", price_azn: 85, created_at: 1714557600000 }],
        estimatedTotalHits: 1,
        processingTimeMs: 4,
        facetDistribution: { brand: { "Şəki Silk": 1 } },
      },
    ]
    const result = await provider().search(
      searchInput({ q: "kelagayi", filters: { status: "published" }, search_options: { facets: ["brand"] } }),
    )

    expect(recorder.calls()).toEqual(["POST /multi-search"])
    expect(recorder.requests[0].headers.authorization).toBe("Bearer searchKey")
    expect(recorder.requests[0].body).toEqual({
      queries: [
        {
          indexUid: "test_product_v1",
          q: "kelagayi",
          matchingStrategy: "all",
          filter: '"status" = "published"',
          offset: 0,
          limit: 20,
          attributesToRetrieve: ["id", "title_en", "price_azn", "created_at"],
          facets: ["brand"],
        },
      ],
    })
    expect(result).toEqual({
      hits: [
        {
          id: "prod_1",
          document: { id: "prod_1", title_en: "Kəlağayı silk scarf", price_azn: 85, created_at: "2024-05-01T10:00:00.000Z" },
        },
      ],
      facets: { brand: { type: "value", values: [{ value: "Şəki Silk", count: 1 }] } },
      metadata: { skip: 0, take: 20, count: 1, query: "kelagayi", processing_time_ms: 4 },
    })
  })

  it("packs every query of searchMany, with count and range companions, into a single request", async () => {
    recorder.searchResults = (queries) =>
      queries.map((query, i) => ({
        ...emptyResult(query),
        ...(query.hitsPerPage === 0 ? { totalHits: 10 + i } : { estimatedTotalHits: 100 + i }),
      }))
    const [first, second] = await provider().searchMany([
      searchInput({ search_options: { count: "exact" } }),
      searchInput({
        q: "rug",
        pagination: { skip: 0, take: 0 },
        search_options: { facets: [{ field: "price_azn", type: "range", ranges: [{ to: 50 }, { from: 50 }] }] },
      }),
    ])
    expect(recorder.calls()).toEqual(["POST /multi-search"])
    expect(recorder.requests[0].body.queries.map((q: any) => [q.limit ?? `page size ${q.hitsPerPage}`, q.filter])).toEqual([
      [20, undefined],
      ["page size 0", undefined],
      [0, undefined],
      ["page size 0", '("price_azn" < "50")'],
      ["page size 0", '("price_azn" >= "50")'],
    ])
    expect(first.metadata.count).toBe(11)
    expect(second.metadata.count).toBe(102)
    expect(second.facets).toEqual({
      price_azn: {
        type: "range",
        ranges: [
          { key: "*-50", to: 50, count: 13 },
          { key: "50-*", from: 50, count: 14 },
        ],
      },
    })
  })

  it("sends values holding quotes, backslashes and filter keywords as single escaped tokens", async () => {
    const brand = 'Say "AND" \\ OR'
    await provider().search(searchInput({ filters: { brand, handle: { $in: ['a")', "b\\"] } } }))
    const filter = recorder.requests[0].body.queries[0].filter
    expect(filter).toBe('("brand" = "Say \\"AND\\" \\\\ OR" AND "handle" IN ["a\\")", "b\\\\"])')
    expect(shape(filter)).toEqual([
      "(",
      '"brand"',
      "=",
      JSON.stringify(brand),
      "AND",
      '"handle"',
      "IN",
      "[",
      '"a\\")"',
      ",",
      '"b\\\\"',
      "]",
      ")",
    ])
  })

  it("cannot be widened by a filter value that contains Meilisearch syntax", async () => {
    const attack = 'x" OR "status" != "published'
    await provider().search(searchInput({ filters: { status: "published", sales_channel_ids: attack } }))
    const filter = recorder.requests[0].body.queries[0].filter
    expect(shape(filter)).toEqual(["(", '"status"', "=", '"published"', "AND", '"sales_channel_ids"', "=", JSON.stringify(attack), ")"])
    expect(shape(filter).filter((token) => token === "OR")).toEqual([])
  })

  it("rejects an invalid query before anything is sent", async () => {
    await expect(provider().search(searchInput({ filters: { title_en: { $like: "%rug%" } } }))).rejects.toThrow(
      'Field "title_en" is not filterable on search index "product"',
    )
    await expect(provider().search(searchInput({ filters: { handle: { $like: "%rug%" } } }))).rejects.toThrow(/\$like/)
    expect(recorder.requests).toEqual([])
  })

  it("reports a missing index as NOT_FOUND, so the Search Module re-resolves the active version", async () => {
    recorder.reset()
    const failure = await provider()
      .search(searchInput())
      .catch((error) => error)
    expect(failure).toBeInstanceOf(MedusaError)
    expect(failure.type).toBe(MedusaError.Types.NOT_FOUND)
    expect(failure.message).toMatch(/index_not_found.*Index `test_product_v1` not found/)
  })

  it("keeps the status and Retry-After of a rate limit for the Search Module's backoff", async () => {
    recorder.intercept = () => ({
      status: 429,
      headers: { "retry-after": "3" },
      body: { message: "Too many requests", code: "too_many_search_requests", type: "system", link: "" },
    })
    const failure = await provider()
      .search(searchInput())
      .catch((error) => error)
    expect(failure).toMatchObject({ status: 429, retry_after: 3000 })
  })
})
