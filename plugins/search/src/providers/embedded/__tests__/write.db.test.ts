import type { SearchTypes } from "@medusajs/framework/types"
import { PostgresSearchService } from "@medusajs/search-postgres/dist/services/postgres-search"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { openTestDatabase, type TestDatabase } from "../../../__tests__/provider-suite/pg-harness"
import { FoldingPostgresSearch } from "../engine"
import { runEmbeddedMigrations } from "../migrations-list"
import { EmbeddedSearchProvider } from "../service"

const definition = (name: string): SearchTypes.ResolvedSearchIndexDefinition => ({
  name,
  entity: "product",
  primary_key: "id",
  provider: "embedded",
  fields: {
    id: { type: "keyword", filterable: true },
    title: { type: "text", searchable: { weight: 5 } },
    subtitle: { type: "text", searchable: { weight: 2 } },
    body: { type: "text", searchable: true },
    names: { type: "text", array: true, searchable: { weight: 3 } },
    tags: { type: "keyword", array: true, filterable: true, facetable: true },
    price: { type: "float", filterable: true, sortable: true },
  },
  settings: {},
  definition_hash: name,
  physical_name: name,
  seed: async function* () {},
})

/** Missing, empty, repeated and folded fields, so every slot of the one-statement vector is exercised. */
const documents = [
  { id: "a", title: "Kəlağayı ipək", subtitle: "Şəki", body: "silk scarf silk", names: ["Lahıc", "mis"], tags: ["t1"], price: 10 },
  { id: "b", title: "Ковёр ручной работы", body: "", names: [], price: 20.5 },
  { id: "c", title: "Vinyl record", names: ["music", "mugham muğam"], tags: ["t1", "t2"] },
  { id: "d", subtitle: "only a subtitle", body: "and a body" },
  { id: "c", title: "Vinyl record, second write wins", names: ["LP"] },
]

let db: TestDatabase

beforeAll(async () => {
  db = await openTestDatabase("embedded_write")
  await runEmbeddedMigrations(db.manager)
}, 120_000)

afterAll(async () => {
  await db?.close()
}, 60_000)

/** The stock per-row INSERT with the embedded fold, as the engine wrote before ADR 026. */
class StockWrite extends FoldingPostgresSearch {
  async upsertDocuments(input: Parameters<PostgresSearchService["upsertDocuments"]>[0]) {
    return PostgresSearchService.prototype.upsertDocuments.call(this, input)
  }
}

describe("the one-statement document write", () => {
  it("stores exactly the rows, vectors and count the stock per-row write stores", async () => {
    const provider = new EmbeddedSearchProvider({ manager: db.manager }, {})
    const stock = new StockWrite({ manager: db.manager })
    for (const name of ["written_new", "written_stock"]) await provider.upsertIndex({ index: definition(name) })
    await provider.upsertDocuments({ index: "written_new", definition: definition("written_new"), documents })
    await stock.upsertDocuments({ index: "written_stock", definition: definition("written_stock"), documents })
    const read = (table: string) =>
      db.manager.execute(
        `SELECT id, document, indexed, search_vector::text AS vector, search_text, search_head::text AS head, f_tags, f_price
         FROM "search_pg_${table}" ORDER BY id`,
      )
    const written = await read("written_new")
    expect(written).toEqual(await read("written_stock"))
    expect(written.map((row: any) => row.id)).toEqual(["a", "b", "c", "d"])
    expect(written.find((row: any) => row.id === "a").vector).toContain("'kelagayi':1A")
    const counts = await db.manager.execute(
      `SELECT name, document_count FROM search_postgres_index WHERE name IN ('written_new', 'written_stock') ORDER BY name`,
    )
    expect(counts.map((row: any) => Number(row.document_count))).toEqual([4, 4])
    // a second write of the same ids updates in place and counts nothing new
    await provider.upsertDocuments({ index: "written_new", definition: definition("written_new"), documents: documents.slice(0, 2) })
    const [{ document_count }] = await db.manager.execute(`SELECT document_count FROM search_postgres_index WHERE name = 'written_new'`)
    expect(Number(document_count)).toBe(4)
  })

  it("finds what it wrote, folded, in every language", async () => {
    const provider = new EmbeddedSearchProvider({ manager: db.manager }, {})
    const index = definition("written_new")
    const hits = async (q: string) =>
      (await provider.search({ index, q, filters: {}, attributes_to_retrieve: ["id"], pagination: { skip: 0, take: 10 } } as any)).hits
        .map((hit) => hit.id)
        .sort()
    expect(await hits("kelagayi")).toEqual(["a"])
    expect(await hits("ковер")).toEqual(["b"])
    expect(await hits("lahic")).toEqual(["a"])
  })
})
