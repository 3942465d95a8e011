import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest"
import { MeilisearchSearchProvider } from "../service"
import { productDefinition } from "./fixtures"
import { MeilisearchRecorder } from "./recorder"

let recorder: MeilisearchRecorder
const provider = () =>
  new MeilisearchSearchProvider({}, { host: recorder.url, api_key: "masterKey", index_prefix: "test_", task_interval_ms: 1 })

beforeAll(async () => {
  recorder = await MeilisearchRecorder.start()
})
afterAll(() => recorder.close())
beforeEach(() => {
  recorder.reset()
  recorder.addIndex("test_product_v2", "id")
  recorder.taskOutcome = () => ({ status: "succeeded", error: null })
})

describe("Meilisearch document writes over HTTP", () => {
  it("posts documents with dates as milliseconds and returns the enqueued task without waiting", async () => {
    const task = await provider().upsertDocuments({
      index: "product_v2",
      definition: productDefinition(),
      documents: [
        { id: "prod_1", title_en: "Silk scarf", created_at: new Date("2024-05-01T10:00:00Z"), variants: [{ sku: "KS-1" }] },
        { id: "prod_2", title_en: "Copper jug", created_at: "2024-05-02T00:00:00.000Z" },
      ],
    })
    expect(recorder.calls()).toEqual(["POST /indexes/test_product_v2/documents"])
    expect(recorder.requests[0].body).toEqual([
      { id: "prod_1", title_en: "Silk scarf", created_at: 1714557600000, variants: [{ sku: "KS-1" }] },
      { id: "prod_2", title_en: "Copper jug", created_at: 1714608000000 },
    ])
    expect(task).toEqual({ id: "0", index: "product_v2", status: "enqueued" })
  })

  it("skips empty batches", async () => {
    expect(await provider().upsertDocuments({ index: "product_v2", definition: productDefinition(), documents: [] })).toEqual({
      index: "product_v2",
      status: "succeeded",
    })
    expect(recorder.requests).toEqual([])
  })

  it("waits for a task through GET /tasks/:uid and reports how it ended", async () => {
    const meili = provider()
    const task = await meili.upsertDocuments({ index: "product_v2", definition: productDefinition(), documents: [{ id: "prod_1" }] })
    expect(await meili.waitForTask(task)).toEqual({ id: "0", index: "product_v2", status: "succeeded" })
    expect(recorder.calls()).toEqual(["POST /indexes/test_product_v2/documents", "GET /tasks/0"])

    recorder.taskOutcome = () => ({
      status: "failed",
      error: { message: "Document identifier `a b` is invalid.", code: "invalid_document_id", type: "invalid_request", link: "" },
    })
    expect(await meili.waitForTask(task)).toEqual({
      id: "0",
      index: "product_v2",
      status: "failed",
      error: { message: "Document identifier `a b` is invalid.", code: "invalid_document_id" },
    })
  })

  it("gives up on a task that outlives the timeout, reporting it as failed", async () => {
    recorder.taskOutcome = () => ({ status: "processing", finishedAt: null })
    const meili = provider()
    const task = await meili.upsertDocuments({ index: "product_v2", definition: productDefinition(), documents: [{ id: "prod_1" }] })
    expect(await meili.waitForTask(task, { timeout_ms: 5 })).toEqual({
      id: "0",
      index: "product_v2",
      status: "failed",
      error: { message: "Meilisearch task 0 did not finish within 5 ms", code: "task_timeout" },
    })
    // the client aborts its last poll, but the recorder may still receive it: let it land here,
    // not in the next test's recording
    await new Promise((resolve) => setTimeout(resolve, 100))
  })

  it("deletes by primary key through delete-batch, learning the key from the index when needed", async () => {
    const task = await provider().deleteDocuments({ index: "product_v2", filters: { id: ["prod_1", "prod_2"] } })
    expect(recorder.calls()).toEqual(["GET /indexes/test_product_v2", "POST /indexes/test_product_v2/documents/delete-batch"])
    expect(recorder.requests[1].body).toEqual(["prod_1", "prod_2"])
    expect(task).toEqual({ id: "0", index: "product_v2", status: "enqueued" })
  })

  it("deletes by filter with a compiled, quoted filter expression", async () => {
    const meili = provider()
    await meili.upsertDocuments({ index: "product_v2", definition: productDefinition(), documents: [{ id: "prod_1" }] })
    await meili.deleteDocuments({ index: "product_v2", filters: { status: "archived", created_at: { $lt: new Date(0) } } })
    expect(recorder.calls().slice(1)).toEqual(["POST /indexes/test_product_v2/documents/delete"])
    expect(recorder.requests[1].body).toEqual({ filter: '("status" = "archived" AND "created_at" < "0")' })
  })

  it("checks delete filters against a known definition before sending anything", async () => {
    const meili = provider()
    await meili.upsertDocuments({ index: "product_v2", definition: productDefinition(), documents: [{ id: "prod_1" }] })
    await expect(meili.deleteDocuments({ index: "product_v2", filters: { store: "s1" } })).rejects.toThrow(
      'Unknown filter field "store" on search index "product"',
    )
    expect(recorder.requests).toHaveLength(1)
  })

  it("passes filters on indexes it has not seen yet through to Meilisearch untyped", async () => {
    await provider().deleteDocuments({ index: "product_v2", filters: { store_id: 'a"b' } })
    expect(recorder.requests[1].body).toEqual({ filter: '"store_id" = "a\\"b"' })
  })
})
