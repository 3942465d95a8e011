import type { SearchTypes } from "@medusajs/framework/types"
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest"
import { DOCUMENTS, RETRIEVABLE, suiteDefinition } from "../../../__tests__/provider-suite/fixtures"
import { openTestDatabase, type TestDatabase } from "../../../__tests__/provider-suite/pg-harness"
import { MIN_WRITE_PART } from "../engine"
import { runEmbeddedMigrations } from "../migrations-list"
import { EmbeddedSearchProvider } from "../service"

type Definition = SearchTypes.ResolvedSearchIndexDefinition

let db: TestDatabase
let provider: EmbeddedSearchProvider

const sql = (text: string, params: unknown[] = []) => db.manager.execute(text, params)
const indexes = async (name: string) =>
  (await sql(`SELECT indexname FROM pg_indexes WHERE tablename = 'search_pg_${name}' ORDER BY indexname`)).map((row: any) => row.indexname)
const vocabulary = async (name: string) =>
  (await sql(`SELECT word, doc_count FROM search_vocab_${name} ORDER BY word`)).map((row: any) => `${row.word}:${row.doc_count}`)
const ids = async (index: Definition, q: string) =>
  (await provider.search({ index, q, attributes_to_retrieve: RETRIEVABLE })).hits.map((hit) => hit.id).sort()

/**
 * What the Search Module does to a version (its own tables, reduced to what matters here): creates
 * it pending, fills it in a seed run, ends the run's bulk pass (`loaded`), marks it ready (`ready`).
 */
async function loadVersion(name: string, until: "filled" | "loaded" | "ready" = "ready"): Promise<Definition> {
  const index = suiteDefinition(name, "embedded")
  await provider.upsertIndex({ index })
  await sql(`INSERT INTO search_index_version (id, physical_name, status) VALUES (?, ?, 'pending')`, [`ver_${name}`, name])
  await sql(`UPDATE search_index_version SET status = 'building' WHERE physical_name = ?`, [name])
  await sql(`INSERT INTO search_index_sync (search_index_version_id, status, resumable) VALUES (?, 'processing', true)`, [`ver_${name}`])
  for (const document of DOCUMENTS) {
    await provider.upsertDocuments({ index: name, definition: index, documents: [document] })
  }
  if (until === "filled") return index
  await sql(`UPDATE search_index_sync SET resumable = false WHERE search_index_version_id = ?`, [`ver_${name}`])
  if (until === "ready") await sql(`UPDATE search_index_version SET status = 'ready' WHERE physical_name = ?`, [name])
  return index
}

beforeAll(async () => {
  db = await openTestDatabase("embedded_deferred_build")
  await runEmbeddedMigrations(db.manager)
  provider = new EmbeddedSearchProvider({ manager: db.manager }, {})
  // a provider on its own builds at once: the eager twin every deferred table is compared with
  const eager = suiteDefinition("eager", "embedded")
  await provider.upsertIndex({ index: eager })
  await provider.upsertDocuments({ index: "eager", definition: eager, documents: DOCUMENTS })
  await sql(`CREATE TABLE search_index_version (id text PRIMARY KEY, physical_name text NOT NULL, status text NOT NULL)`)
  await sql(`CREATE TABLE search_index_sync (search_index_version_id text NOT NULL, status text NOT NULL, resumable boolean NOT NULL)`)
}, 120_000)

afterAll(async () => {
  await db?.close()
}, 60_000)

describe("a new index version loaded bare", () => {
  it("gets no secondary index and no vocabulary while the Search Module fills it", async () => {
    await loadVersion("filling", "filled")
    expect(await indexes("filling")).toEqual(["search_pg_filling_pkey"])
    expect(await vocabulary("filling")).toEqual([])
  })

  it("is built, exactly as an eager one, when its seed's bulk pass ends, before the catch-up pass", async () => {
    await loadVersion("built", "loaded")
    expect(await indexes("built")).toEqual((await indexes("eager")).map((name: string) => name.replace("eager", "built")))
    expect(await vocabulary("built")).toEqual(await vocabulary("eager"))
    const [{ waiting }] = await sql(`SELECT count(*)::int AS waiting FROM search_embedded_deferred_build`)
    expect(waiting).toBe(1) // only "filling"
  })

  it("keeps its vocabulary in step with writes after it was built", async () => {
    const index = await loadVersion("live")
    await provider.deleteDocuments({ index: "live", filters: { id: [DOCUMENTS[0].id] } })
    await provider.deleteDocuments({ index: "eager", filters: { id: [DOCUMENTS[0].id] } })
    expect(await vocabulary("live")).toEqual(await vocabulary("eager"))
    await provider.upsertDocuments({ index: "live", definition: index, documents: [DOCUMENTS[0]] })
    await provider.upsertDocuments({ index: "eager", definition: suiteDefinition("eager", "embedded"), documents: [DOCUMENTS[0]] })
    expect(await vocabulary("live")).toEqual(await vocabulary("eager"))
  })

  it("is built by its first query, if read before it is ready", async () => {
    const index = await loadVersion("early", "filled")
    await ids(index, "")
    expect(await indexes("early")).toEqual((await indexes("eager")).map((name: string) => name.replace("eager", "early")))
    expect(await vocabulary("early")).toEqual(await vocabulary("eager"))
    expect(await ids(index, "xalcca")).toEqual(await ids(suiteDefinition("eager", "embedded"), "xalcca"))
  })

  it("is built when the Search Module marks it ready, if its bulk pass did not end it", async () => {
    await loadVersion("resumed", "filled")
    await sql(`UPDATE search_index_version SET status = 'ready' WHERE physical_name = 'resumed'`)
    expect(await indexes("resumed")).toEqual((await indexes("eager")).map((name: string) => name.replace("eager", "resumed")))
    expect(await vocabulary("resumed")).toEqual(await vocabulary("eager"))
  })

  it("fails the ready mark, so the version is never swapped in, when its build fails", async () => {
    await loadVersion("broken", "filled")
    await sql(
      `UPDATE search_embedded_deferred_build SET statements = statements || 'SELECT 1/0'::text WHERE table_name = 'search_pg_broken'`,
    )
    await expect(sql(`UPDATE search_index_version SET status = 'ready' WHERE physical_name = 'broken'`)).rejects.toThrow(/division by zero/)
    expect(await indexes("broken")).toEqual(["search_pg_broken_pkey"])
  })

  it("forgets what was set aside when the version is deleted", async () => {
    await loadVersion("dropped", "filled")
    await provider.deleteIndex({ index: "dropped" })
    const [{ waiting }] = await sql(
      `SELECT count(*)::int AS waiting FROM search_embedded_deferred_build WHERE table_name = 'search_pg_dropped'`,
    )
    expect(waiting).toBe(0)
  })

  it("takes a reindex-sized batch as two writes at once while loading, and one write once live: every row once, the count exact", async () => {
    const index = await loadVersion("parts", "filled")
    const batch = Array.from({ length: 2 * MIN_WRITE_PART + 1 }, (_, i) => ({ ...DOCUMENTS[i % DOCUMENTS.length], id: `part_${i}` }))
    const writes = vi.spyOn((provider as any).engine_, "writeRows")
    const count = async () => Number((await sql(`SELECT document_count FROM search_postgres_index WHERE name = 'parts'`))[0].document_count)
    await provider.upsertDocuments({ index: "parts", definition: index, documents: batch })
    expect(writes).toHaveBeenCalledTimes(2)
    const [{ rows, ids }] = await sql(`SELECT count(*)::int AS rows, count(DISTINCT id)::int AS ids FROM search_pg_parts`)
    const total = DOCUMENTS.length + batch.length
    expect([rows, ids, await count()]).toEqual([total, total, total])
    await sql(`UPDATE search_index_sync SET resumable = false WHERE search_index_version_id = 'ver_parts'`)
    // built: the same batch rewritten is one statement (its vocabulary trigger runs once) and counts nothing new
    writes.mockClear()
    await provider.upsertDocuments({ index: "parts", definition: index, documents: batch })
    expect(writes).toHaveBeenCalledTimes(1)
    expect(await count()).toBe(total)
    writes.mockRestore()
  })
})
