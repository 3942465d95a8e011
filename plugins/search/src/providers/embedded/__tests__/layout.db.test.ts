import type { SearchTypes } from "@medusajs/framework/types"
import { PostgresSearchService } from "@medusajs/search-postgres/dist/services/postgres-search"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { openTestDatabase, type TestDatabase } from "../../../__tests__/provider-suite/pg-harness"
import { runEmbeddedMigrations } from "../migrations-list"
import { EmbeddedSearchProvider } from "../service"

const index: SearchTypes.ResolvedSearchIndexDefinition = {
  name: "laid_out",
  entity: "product",
  primary_key: "id",
  provider: "embedded",
  fields: {
    id: { type: "keyword", filterable: true },
    title: { type: "text", searchable: { weight: 5 }, filterable: true },
    body: { type: "text", searchable: true },
    code: { type: "keyword", filterable: true, sortable: true },
    tags: { type: "keyword", array: true, filterable: true, facetable: true },
    notes: { type: "text", array: true, filterable: true },
  },
  settings: {},
  definition_hash: "laid_out",
  physical_name: "laid_out",
  seed: async function* () {},
}

const WORDS = ["loom", "wool", "silk", "copper", "tray", "carpet", "vinyl", "record", "ceramic", "bowl", "scarf", "kilim"]
/** Words that do not compress away, as real descriptions. */
const prose = (seed: number, words = 700) =>
  Array.from({ length: words }, (_, i) => `${WORDS[(i * 7 + seed) % WORDS.length]}${(i * seed) % 97}`).join(" ")
/** Shaped like products: rows of 1.5–2 KB, which the default TOAST threshold (2 KB) would leave in place. */
const documents = Array.from({ length: 50 }, (_, i) => ({
  id: `p_${i}`,
  title: `Item ${i}`,
  body: prose(i + 1, 90),
  code: `C-${i % 5}`,
  tags: [`t${i % 3}`],
  notes: [`note ${i}`],
}))

let db: TestDatabase
let provider: EmbeddedSearchProvider
const ids = async (filters: SearchTypes.SearchFilters) =>
  (await provider.search({ index, filters, attributes_to_retrieve: ["id"], pagination: { skip: 0, take: 100 } })).hits
    .map((hit) => hit.id)
    .sort()

beforeAll(async () => {
  db = await openTestDatabase("embedded_layout")
  await runEmbeddedMigrations(db.manager)
  provider = new EmbeddedSearchProvider({ manager: db.manager }, {})
  await provider.upsertIndex({ index })
  await provider.upsertDocuments({ index: "laid_out", definition: index, documents })
}, 120_000)

afterAll(async () => {
  await db?.close()
}, 60_000)

describe("the typed layout", () => {
  it("keeps documents, vectors and text out of the rows that searches scan", async () => {
    const [sizes] = await db.manager.execute(
      `SELECT pg_relation_size('search_pg_laid_out') AS heap, pg_relation_size(reltoastrelid) AS toast FROM pg_class WHERE relname = 'search_pg_laid_out'`,
    )
    expect(Number(sizes.heap)).toBeLessThan(documents.length * 600)
    expect(Number(sizes.toast)).toBeGreaterThan(documents.length * 1024)
  })

  it("copies what a query without text reads into the facet index: keywords as keys, keyword arrays included, prose left out", async () => {
    const [{ indexdef }] = await db.manager.execute(`SELECT indexdef FROM pg_indexes WHERE indexname = 'search_pg_laid_out_facets_idx'`)
    expect(indexdef).toContain("USING btree (f_code) INCLUDE (f_tags)")
    expect(await ids({ code: "C-1", tags: ["t1"] })).toEqual(
      documents
        .filter((d) => d.code === "C-1" && d.tags[0] === "t1")
        .map((d) => d.id)
        .sort(),
    )
  })

  it("writes and filters by values too long for a btree entry", async () => {
    const long = { id: "p_long", title: prose(3, 2000), body: "short", code: "C-long", tags: ["t0"], notes: [prose(5, 1500)] }
    await provider.upsertDocuments({ index: "laid_out", definition: index, documents: [long] })
    expect(await ids({ title: long.title })).toEqual(["p_long"])
    expect(await ids({ notes: long.notes[0] })).toEqual(["p_long"])
  })

  it("follows a rewritten document in its native columns", async () => {
    await provider.upsertDocuments({
      index: "laid_out",
      definition: index,
      documents: [{ ...documents[1], code: "C-new", tags: ["fresh"] }],
    })
    expect(await ids({ code: "C-new" })).toEqual(["p_1"])
    expect(await ids({ tags: "fresh" })).toEqual(["p_1"])
    expect(await ids({ code: "C-1" })).toEqual(["p_11", "p_16", "p_21", "p_26", "p_31", "p_36", "p_41", "p_46", "p_6"])
  })

  it("is added in place to a table built with the stock layout, when the index is upserted again", async () => {
    const old = { ...index, name: "upgraded", physical_name: "upgraded", definition_hash: "upgraded" }
    const stockLayout = new EmbeddedSearchProvider({ manager: db.manager }, {}) as any
    stockLayout.engine_.createDocumentTable = PostgresSearchService.prototype["createDocumentTable"]
    stockLayout.engine_.serializePlan = PostgresSearchService.prototype["serializePlan"]
    await stockLayout.upsertIndex({ index: old })
    await stockLayout.upsertDocuments({ index: "upgraded", definition: old, documents })
    const layout = async () =>
      (await db.manager.execute(`SELECT "plan"->'layout' AS layout FROM "search_postgres_index" WHERE "name" = 'upgraded'`))[0].layout
    expect(await layout()).toBeNull()

    await provider.upsertIndex({ index: old })
    expect(await layout()).toBe(1)
    const result = await provider.search({
      index: old,
      q: "loom0",
      filters: { code: "C-0" },
      attributes_to_retrieve: ["id"],
      search_options: { facets: ["tags"] },
    })
    const expected = documents.filter((doc) => doc.code === "C-0" && doc.body.split(" ").includes("loom0")).map((doc) => doc.id)
    expect(expected.length).toBeGreaterThan(0)
    expect(result.hits.map((hit) => hit.id).sort()).toEqual(expected.sort())
    expect(result.metadata.count).toBe(expected.length)
  })
})
