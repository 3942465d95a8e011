import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { PostgresSearchService } from "@medusajs/search-postgres/dist/services/postgres-search"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { DOCUMENTS, RETRIEVABLE, suiteDefinition } from "../../../__tests__/provider-suite/fixtures"
import { openTestDatabase, type TestDatabase } from "../../../__tests__/provider-suite/pg-harness"
import { runEmbeddedMigrations } from "../migrations-list"
import { EmbeddedSearchProvider } from "../service"
import { VOCABULARY_BACKLOG } from "../text"

let db: TestDatabase
let provider: EmbeddedSearchProvider
type Definition = SearchTypes.ResolvedSearchIndexDefinition

const definition = (name: string, settings: SearchTypes.SearchIndexSettings = {}): Definition => ({
  ...suiteDefinition(name, "embedded"),
  settings,
})
const invalidData = { type: MedusaError.Types.INVALID_DATA }

async function createIndex(index: Definition, documents = DOCUMENTS) {
  await provider.upsertIndex({ index })
  await provider.upsertDocuments({ index: index.physical_name, definition: index, documents })
  return index
}

const ids = async (index: Definition, q: string, search_options: SearchTypes.SearchOptions = {}) =>
  (await provider.search({ index, q, search_options, attributes_to_retrieve: RETRIEVABLE })).hits.map((hit) => hit.id).sort()

const vocabulary = async (index: string) =>
  Object.fromEntries(
    (await db.manager.execute(`SELECT word, doc_count FROM search_vocab_${index}`)).map((row: any) => [row.word, row.doc_count]),
  )

beforeAll(async () => {
  db = await openTestDatabase("embedded_provider")
  await runEmbeddedMigrations(db.manager)
  provider = new EmbeddedSearchProvider({ manager: db.manager }, {})
}, 120_000)

afterAll(async () => {
  await db?.close()
}, 60_000)

describe("the vocabulary", () => {
  it("follows every write to the index", async () => {
    const index = await createIndex(definition("vocab"))
    expect(await vocabulary("vocab")).toMatchObject({ carpet: 2, xalca: 2, kelagayi: 1, ковер: 1 })
    expect(await vocabulary("vocab")).not.toHaveProperty("qw")

    await provider.upsertDocuments({ index: "vocab", definition: index, documents: [{ ...DOCUMENTS[0], title: "Red wool rug" }] })
    expect(await vocabulary("vocab")).toMatchObject({ carpet: 2, rug: 1 })
    await provider.upsertDocuments({
      index: "vocab",
      definition: index,
      documents: [{ ...DOCUMENTS[0], title: "Red wool rug", description: "Quba" }],
    })
    expect(await vocabulary("vocab")).toMatchObject({ carpet: 1, rug: 1 })

    await provider.deleteDocuments({ index: "vocab", filters: { brand: "Gəncə Xalça" } })
    expect(await vocabulary("vocab")).not.toHaveProperty("carpet")
    expect(await ids(index, "carpt")).toEqual([])

    await provider.clearIndex({ index: "vocab" })
    expect(await vocabulary("vocab")).toEqual({})
    await provider.deleteIndex({ index: "vocab" })
    await expect(vocabulary("vocab")).rejects.toThrow(/does not exist/)
  })

  it("takes a delete's words off after the delete, including those of a delete that was never settled", async () => {
    const index = await createIndex(definition("settle"))
    const backlog = async () =>
      Number((await db.manager.execute(`SELECT count(*) AS n FROM ${VOCABULARY_BACKLOG} WHERE vocabulary = 'search_vocab_settle'`))[0].n)
    // a delete whose settle did not run (the process stopped in between): gone from search, still counted
    await db.manager.execute(`DELETE FROM search_pg_settle WHERE id = 'p_carpet_red'`)
    expect(await ids(index, "carpet")).toEqual(["p_runner"])
    expect(await vocabulary("settle")).toMatchObject({ carpet: 2 })
    expect(await backlog()).toBe(1)

    await provider.deleteDocuments({ index: "settle", filters: { id: ["p_runner"] } })
    expect(await vocabulary("settle")).not.toHaveProperty("carpet")
    expect(await backlog()).toBe(0)

    // a recount counts what is there and drops what deletes set aside
    await db.manager.execute(`DELETE FROM search_pg_settle WHERE id = 'p_kelagayi'`)
    await provider.upsertIndex({ index })
    expect(await backlog()).toBe(0)
    expect(await vocabulary("settle")).not.toHaveProperty("kelagayi")
  })

  it("is rebuilt when a migration runs again or recreates the index", async () => {
    const index = await createIndex(definition("again"))
    await provider.upsertIndex({ index })
    expect(await vocabulary("again")).toMatchObject({ carpet: 2 })
    expect(await ids(index, "carpt")).toEqual(["p_carpet_red", "p_runner"])
    const changed = { ...index, fields: { ...index.fields, extra: { type: "keyword", filterable: true } } } as Definition
    await provider.upsertIndex({ index: changed })
    expect(await vocabulary("again")).toEqual({})
  })
})

describe("typo tolerance settings", () => {
  it("are off when the index disables them, whatever the query asks", async () => {
    const index = await createIndex(definition("typo_off", { typo_tolerance: { enabled: false } }))
    expect(await ids(index, "carpt")).toEqual([])
    expect(await ids(index, "carpt", { typo_tolerance: true })).toEqual([])
    expect(await ids(index, "carpet")).toEqual(["p_carpet_red", "p_runner"])
  })

  it("follow the index's minimum word sizes", async () => {
    const index = await createIndex(
      definition("typo_sizes", { typo_tolerance: { min_word_size_for_one_typo: 6, min_word_size_for_two_typos: 7 } }),
    )
    expect(await ids(index, "carpt")).toEqual([])
    expect(await ids(index, "karpet")).toEqual(["p_carpet_red", "p_runner"])
    expect(await ids(index, "cerpett")).toEqual(["p_carpet_red", "p_runner"])
  })

  it("refuse typo-disabled fields that share a weight class with other fields", async () => {
    const clash = definition("typo_clash", { typo_tolerance: { disabled_on_attributes: ["description"] } })
    await expect(
      provider.upsertIndex({ index: { ...clash, fields: { ...clash.fields, sku: { type: "keyword", searchable: true } } } }),
    ).rejects.toMatchObject(invalidData)
    await expect(
      provider.upsertIndex({ index: definition("typo_unknown", { typo_tolerance: { disabled_on_attributes: ["colour"] } }) }),
    ).rejects.toMatchObject(invalidData)
  })
})

describe("refusals", () => {
  let index: Definition
  beforeAll(async () => {
    index = await createIndex(definition("refusals"))
  })
  const search = (input: Partial<SearchTypes.ProviderSearchQuery>) =>
    provider.search({ index, attributes_to_retrieve: RETRIEVABLE, ...input })

  it("refuse what the engine cannot do rather than answering differently", async () => {
    await expect(search({ q: "carpet", search_options: { highlight: true } })).rejects.toMatchObject(invalidData)
    await expect(search({ q: "carpet", search_options: { locales: ["az"] } })).rejects.toMatchObject(invalidData)
    await expect(search({ search_options: { vector: { value: [1, 2] } } })).rejects.toMatchObject(invalidData)
    await expect(search({ pagination: { cursor: "abc" } })).rejects.toMatchObject(invalidData)
    await expect(search({ pagination: { take: -1 } })).rejects.toMatchObject(invalidData)
    await expect(search({ search_options: { provider_options: { embedded: { boost: 2 } } } })).rejects.toMatchObject(invalidData)
  })

  it("ignore options meant for other engines", async () => {
    const result = await search({ q: "carpet", search_options: { provider_options: { meilisearch: { rankingScoreThreshold: 0.5 } } } })
    expect(result.hits).toHaveLength(2)
  })

  it("refuse index options and provider options it does not know", async () => {
    const index = definition("options", { provider_options: { embedded: { stemmer: "russian" } } })
    await expect(provider.upsertIndex({ index })).rejects.toMatchObject(invalidData)
    expect(() => new EmbeddedSearchProvider({ manager: db.manager }, { similarity_threshold: 2 })).toThrow(/similarity_threshold/)
  })
})

describe("edge cases", () => {
  it("report a missing index as NOT_FOUND, which makes the module re-resolve its active version", async () => {
    const gone = definition("gone")
    await expect(ids(gone, "carpet")).rejects.toMatchObject({ type: MedusaError.Types.NOT_FOUND })
    await expect(provider.deleteDocuments({ index: "gone", filters: { id: ["p_font"] } })).rejects.toMatchObject({
      type: MedusaError.Types.NOT_FOUND,
    })
  })

  it("find nothing, without failing, for a query with no words", async () => {
    const index = await createIndex(definition("no_words"))
    expect(await ids(index, "!!! ... ---")).toEqual([])
  })
})

describe("sharing the database with the stock provider", () => {
  it("lists only its own indexes", async () => {
    const stock = new PostgresSearchService({ manager: db.manager }, {})
    await stock.upsertIndex({ index: { ...definition("stock_only"), provider: "search-postgres", settings: {} } })
    const names = (await provider.listIndexes()).map((info) => info.name)
    expect(names).toContain("refusals")
    expect(names).not.toContain("stock_only")
  })

  it("survives its migrations running twice", async () => {
    await runEmbeddedMigrations(db.manager)
    expect(await ids(await createIndex(definition("twice")), "xalca")).toEqual(["p_runner", "p_xalca"])
  })
})
