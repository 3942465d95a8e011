import type { SearchTypes } from "@medusajs/framework/types"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { MeilisearchSearchProvider } from "../service"
import { productDefinition, searchInput } from "./fixtures"

const host = process.env.MEILISEARCH_HOST
if (!host) {
  console.info(
    "[meilisearch] live suite skipped: MEILISEARCH_HOST is not set (point it, and MEILISEARCH_API_KEY, at a Meilisearch ≥ 1.14 server to run it)",
  )
}

/**
 * Everything below talks to the provider only through the Search Module's
 * provider contract, so it can later be replaced by a shared
 * `runProviderSuite(makeProvider)` without touching `makeProvider`.
 */
const makeProvider = (): SearchTypes.ISearchProvider =>
  new MeilisearchSearchProvider(
    {},
    { host, api_key: process.env.MEILISEARCH_API_KEY || undefined, index_prefix: `medusa_live_${process.pid}_` },
  )

const documents = [
  {
    id: "prod_1",
    title_en: "Red silk scarf",
    title_az: "Qırmızı ipək kəlağayı",
    brand: "Sheki Silk",
    status: "published",
    sales_channel_ids: ["sc_az"],
    tags: ["silk"],
    price_azn: 85,
    in_stock: true,
    created_at: "2024-05-01T10:00:00.000Z",
    variants: [{ sku: "KS-RED" }],
  },
  {
    id: "prod_2",
    title_en: "Blue silk scarf",
    title_az: "Mavi ipək kəlağayı",
    brand: "Sheki Silk",
    status: "published",
    sales_channel_ids: ["sc_az", "sc_eu"],
    tags: ["silk"],
    price_azn: 120,
    in_stock: false,
    created_at: "2024-06-01T10:00:00.000Z",
    variants: [{ sku: "KS-BLUE" }],
  },
  {
    id: "prod_3",
    title_en: "Copper jug",
    title_az: "Mis səhəng",
    brand: "Lahij Copper",
    status: "published",
    sales_channel_ids: ["sc_eu"],
    tags: ["copper"],
    price_azn: 240,
    in_stock: true,
    created_at: "2024-07-01T10:00:00.000Z",
    variants: [{ sku: "LC-JUG" }],
  },
  {
    id: "prod_4",
    title_en: "Draft silk scarf",
    title_az: "Qaralama",
    brand: "Sheki Silk",
    status: "draft",
    sales_channel_ids: ["sc_az"],
    tags: ["silk"],
    price_azn: 60,
    in_stock: true,
    created_at: "2024-08-01T10:00:00.000Z",
    variants: [{ sku: "KS-DRAFT" }],
  },
]

describe.skipIf(!host)("Meilisearch provider against a live server", () => {
  let provider: SearchTypes.ISearchProvider
  const index = productDefinition({ physical_name: "product_v1" })
  const settle = async (task: Promise<SearchTypes.SearchTask>) => {
    const done = await provider.waitForTask!(await task)
    expect(done).toMatchObject({ status: "succeeded" })
  }

  beforeAll(() => {
    provider = makeProvider()
  })

  afterAll(async () => {
    await settle(provider.deleteIndex({ index: index.physical_name }))
  })

  it("creates the index, applies its settings and accepts documents", async () => {
    await provider.upsertIndex({ index })
    await settle(provider.upsertDocuments({ index: index.physical_name, definition: index, documents }))
    const listed = await provider.listIndexes()
    expect(listed.find((entry) => entry.name === index.physical_name)).toMatchObject({ provider: "meilisearch", document_count: 4 })
  })

  it("searches text with filters, facets, sort and exact counts", async () => {
    const result = await provider.search(
      searchInput({
        index,
        q: "silk scarf",
        filters: { status: "published", sales_channel_ids: ["sc_az"] },
        pagination: { skip: 0, take: 10, order: { price_azn: "DESC" } },
        search_options: {
          count: "exact",
          facets: [
            "brand",
            { field: "price_azn", type: "stats" },
            { field: "price_azn", type: "range", ranges: [{ to: 100 }, { from: 100 }] },
          ],
        },
      }),
    )
    expect(result.hits.map((hit) => hit.id)).toEqual(["prod_2", "prod_1"])
    expect(result.hits[0].document).toMatchObject({ price_azn: 120, created_at: "2024-06-01T10:00:00.000Z" })
    expect(result.metadata.count).toBe(2)
    expect(result.facets?.brand).toEqual({ type: "value", values: [{ value: "Sheki Silk", count: 2 }] })
  })

  it("filters on dates, booleans and prefixes exactly", async () => {
    const result = await provider.search(
      searchInput({ index, filters: { created_at: { $gte: "2024-06-01T00:00:00Z" }, in_stock: true, handle: { $exists: false } } }),
    )
    expect(result.hits.map((hit) => hit.id).sort()).toEqual(["prod_3", "prod_4"])
  })

  it("deletes by id and by filter, then clears the index", async () => {
    await settle(provider.deleteDocuments({ index: index.physical_name, filters: { id: ["prod_1"] } }))
    await settle(provider.deleteDocuments({ index: index.physical_name, filters: { status: "draft" } }))
    const left = await provider.search(searchInput({ index, search_options: { count: "exact" } }))
    expect(left.hits.map((hit) => hit.id).sort()).toEqual(["prod_2", "prod_3"])
    await settle(provider.clearIndex({ index: index.physical_name }))
    const empty = await provider.search(searchInput({ index, search_options: { count: "exact" } }))
    expect(empty.metadata.count).toBe(0)
  })
})
