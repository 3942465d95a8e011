import { MedusaError } from "@medusajs/framework/utils"
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest"
import { MeilisearchSearchProvider } from "../service"
import { buildIndexSettings } from "../settings"
import { productDefinition } from "./fixtures"
import { MeilisearchRecorder } from "./recorder"

let recorder: MeilisearchRecorder
const warnings: string[] = []
const logger = { warn: (message: string) => warnings.push(message) } as any
const provider = () =>
  new MeilisearchSearchProvider({ logger }, { host: recorder.url, api_key: "masterKey", index_prefix: "test_", task_interval_ms: 1 })

beforeAll(async () => {
  recorder = await MeilisearchRecorder.start()
})
afterAll(() => recorder.close())
beforeEach(() => {
  recorder.reset()
  recorder.taskOutcome = () => ({ status: "succeeded", error: null })
})

describe("Meilisearch index lifecycle over HTTP", () => {
  it("creates the index with an explicit primary key, then applies its settings, waiting for both", async () => {
    const task = await provider().upsertIndex({ index: productDefinition() })

    expect(recorder.calls()).toEqual([
      "GET /indexes/test_product_v1",
      "POST /indexes",
      "GET /tasks/0",
      "PATCH /indexes/test_product_v1/settings",
      "GET /tasks/1",
    ])
    expect(recorder.requests[1].body).toEqual({ uid: "test_product_v1", primaryKey: "id" })
    const settings = recorder.requests[3].body
    expect(settings).toEqual(buildIndexSettings(productDefinition()))
    expect(settings.searchableAttributes[0]).toBe("title_en")
    expect(settings.filterableAttributes[1]).toEqual({
      attributePatterns: ["price_azn", "created_at"],
      features: { facetSearch: false, filter: { equality: true, comparison: true } },
    })
    expect(task).toEqual({ id: "1", index: "product_v1", status: "succeeded" })
  })

  it("authenticates every request with the API key as a bearer token", async () => {
    await provider().upsertIndex({ index: productDefinition() })
    expect(recorder.requests.map((request) => request.headers.authorization)).toEqual(Array(5).fill("Bearer masterKey"))
  })

  it("recreates an index whose primary key differs, and keeps one that matches", async () => {
    recorder.addIndex("test_product_v1", "sku")
    await provider().upsertIndex({ index: productDefinition() })
    expect(recorder.calls().slice(0, 5)).toEqual([
      "GET /indexes/test_product_v1",
      "DELETE /indexes/test_product_v1",
      "GET /tasks/0",
      "POST /indexes",
      "GET /tasks/1",
    ])

    recorder.reset()
    recorder.addIndex("test_product_v1", "id")
    await provider().upsertIndex({ index: productDefinition() })
    expect(recorder.calls()).toEqual(["GET /indexes/test_product_v1", "PATCH /indexes/test_product_v1/settings", "GET /tasks/0"])
  })

  it("fails the migration with Meilisearch's reason when it refuses the settings", async () => {
    recorder.taskOutcome = (task) =>
      task.type === "settingsUpdate"
        ? {
            status: "failed",
            error: {
              message: "Unknown locale `klingon`.",
              code: "invalid_settings_localized_attributes",
              type: "invalid_request",
              link: "",
            },
          }
        : { status: "succeeded", error: null }
    const failure = await provider()
      .upsertIndex({ index: productDefinition() })
      .catch((error) => error)
    expect(failure).toBeInstanceOf(MedusaError)
    expect(failure.type).toBe(MedusaError.Types.INVALID_DATA)
    expect(failure.message).toBe('Meilisearch could not apply the settings of "test_product_v1": Unknown locale `klingon`.')
  })

  it("rejects an unsupported definition before touching the server, and warns about ignored vectors", async () => {
    const geo = productDefinition({ fields: { id: { type: "keyword" }, at: { type: "geo" } }, settings: {} })
    await expect(provider().upsertIndex({ index: geo })).rejects.toThrow(/geo fields/)
    expect(recorder.requests).toEqual([])

    const vectors = productDefinition({ fields: { id: { type: "keyword" }, embedding: { type: "vector", dimensions: 3 } }, settings: {} })
    await provider().upsertIndex({ index: vectors })
    expect(warnings.at(-1)).toBe('[meilisearch] Ignoring vector field(s) embedding of search index "product"')
  })

  it("lists only its own prefixed indexes, with document counts from GET /stats", async () => {
    recorder.addIndex("test_product_v1", "id", 12)
    recorder.addIndex("staging_product_v1", "id", 99)
    expect(await provider().listIndexes()).toEqual([
      {
        name: "product_v1",
        provider: "meilisearch",
        document_count: 12,
        created_at: new Date("2026-01-01T00:00:00Z"),
        updated_at: new Date("2026-01-01T00:00:00Z"),
      },
    ])
    expect(recorder.calls()).toEqual(["GET /indexes?offset=0&limit=100", "GET /stats"])
  })

  it("deletes and clears indexes through their tasks, treating a missing index as deleted", async () => {
    recorder.addIndex("test_product_v1")
    expect(await provider().clearIndex({ index: "product_v1" })).toEqual({ id: "0", index: "product_v1", status: "enqueued" })
    expect(await provider().deleteIndex({ index: "product_v1" })).toEqual({ id: "1", index: "product_v1", status: "enqueued" })
    expect(await provider().deleteIndex({ index: "product_v1" })).toEqual({ index: "product_v1", status: "succeeded" })
    expect(recorder.calls()).toEqual([
      "DELETE /indexes/test_product_v1/documents",
      "DELETE /indexes/test_product_v1",
      "DELETE /indexes/test_product_v1",
    ])
  })

  it("refuses to start with invalid options", () => {
    expect(() => new MeilisearchSearchProvider({ logger }, { host: "not a url" })).toThrow(/host: Invalid URL/i)
    expect(MeilisearchSearchProvider.identifier).toBe("meilisearch")
  })
})
