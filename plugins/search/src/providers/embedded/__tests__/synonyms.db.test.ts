import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { DOCUMENTS, RETRIEVABLE, suiteDefinition } from "../../../__tests__/provider-suite/fixtures"
import { openTestDatabase, type TestDatabase } from "../../../__tests__/provider-suite/pg-harness"
import { runEmbeddedMigrations } from "../migrations-list"
import { EmbeddedSearchProvider } from "../service"
import { RUN_FUNCTION } from "../text"

type Definition = SearchTypes.ResolvedSearchIndexDefinition

let db: TestDatabase
let provider: EmbeddedSearchProvider
/** Every statement the provider sends, so a test can EXPLAIN the search it ran. */
const statements: { sql: string; params?: unknown[] }[] = []

const definition = (name: string, synonyms: Record<string, string[]>, extra: Record<string, Record<string, unknown>> = {}): Definition => ({
  ...suiteDefinition(name, "embedded"),
  settings: { provider_options: { embedded: { synonyms }, ...extra } },
})
const invalidData = { type: MedusaError.Types.INVALID_DATA }

async function createIndex(index: Definition, documents: SearchTypes.SearchDocument[] = DOCUMENTS) {
  await provider.upsertIndex({ index })
  await provider.upsertDocuments({ index: index.physical_name, definition: index, documents })
  return index
}

const ids = async (index: Definition, q: string, search_options: SearchTypes.SearchOptions = {}) =>
  (await provider.search({ index, q, search_options, attributes_to_retrieve: RETRIEVABLE })).hits.map((hit) => hit.id).sort()

beforeAll(async () => {
  db = await openTestDatabase("embedded_synonyms")
  await runEmbeddedMigrations(db.manager)
  // Text queries run in a transaction (sequential scans off), so the one they open is recorded too.
  const recording = (manager: any): any => {
    const proxy = Object.create(manager)
    proxy.execute = (sql: string, params?: unknown[]) => {
      statements.push({ sql, params })
      return manager.execute(sql, params)
    }
    proxy.transactional = (run: (tx: any) => Promise<unknown>) => manager.transactional((tx: any) => run(recording(tx)))
    return proxy
  }
  provider = new EmbeddedSearchProvider({ manager: recording(db.manager) }, {})
}, 120_000)

afterAll(async () => {
  await db?.close()
}, 60_000)

describe("synonyms in the embedded provider", () => {
  let index: Definition
  beforeAll(async () => {
    index = await createIndex(
      definition("synonyms", {
        rug: ["carpet", "ХАЛЧА"],
        KƏLAĞAYI: ["silk scarf"],
        "hand-knotted": ["ковёр"],
        "O'Brien": ["mugham"],
        "sample pack": ["font"],
      }),
    )
  })

  it("fold keys and synonyms like documents, so any spelling of a key finds the synonyms", async () => {
    expect(await ids(index, "RUG")).toEqual(["p_carpet_red", "p_runner"])
    expect(await ids(index, "kelagayi")).toEqual(["p_kelagayi", "p_scarf"])
    expect(await ids(index, "kəlağayı")).toEqual(["p_kelagayi", "p_scarf"])
  })

  it("match a multi-word synonym as a phrase, not as separate words", async () => {
    // p_carpet_red's title is "Red wool carpet": "wool carpet" is a phrase in it, "red carpet" is not.
    const phrases = await createIndex(definition("phrase", { shawl: ["red carpet"], throw: ["wool carpet"] }))
    expect(await ids(phrases, "shawl")).toEqual([])
    expect(await ids(phrases, "throw")).toEqual(["p_carpet_red"])
    expect(await ids(index, "KƏLAĞAYI")).toEqual(["p_kelagayi", "p_scarf"])
  })

  it("read keys that the parser splits (hyphens, apostrophes) the way it splits the query", async () => {
    expect(await ids(index, "hand-knotted")).toEqual(["p_carpet_red", "p_kover"])
    expect(await ids(index, "o'brien")).toEqual(["p_quote", "p_vinyl"])
    expect(await ids(index, "obrien", { typo_tolerance: false })).toEqual([])
  })

  it("use a multi-word key only where its words follow one another in the query", async () => {
    expect(await ids(index, "sample pack")).toEqual(["p_font", "p_samples"])
    expect(await ids(index, "pack sample")).toEqual(["p_samples"])
  })

  it("combine with typo corrections of the other words and of the key itself", async () => {
    expect(await ids(index, "blue rug")).toEqual(["p_runner"])
    expect(await ids(index, "blu rug")).toEqual([])
    expect(await ids(index, "bleu rug")).toEqual([])
    expect(await ids(index, "carpte rug")).toEqual(["p_carpet_red", "p_runner"])
    const typoKey = await createIndex(definition("typo_key", { carpets: ["ковёр"] }))
    // "carpets" is in no document: corrected to "carpet", and widened to its synonym.
    expect(await ids(typoKey, "carpets")).toEqual(["p_carpet_red", "p_kover", "p_runner"])
  })

  it("apply to the typeahead word once it is complete", async () => {
    const last = { match_strategy: "last" } as const
    expect(await ids(index, "blue rug", last)).toEqual(["p_runner"])
    expect(await ids(index, "sample pack", last)).toEqual(["p_font", "p_samples"])
    expect(await ids(index, "sample pa", last)).toEqual(["p_samples"])
  })

  it("widen only the fields asked for", async () => {
    expect(await ids(index, "rug", { attributes_to_search_on: ["brand"] })).toEqual([])
    expect(await ids(index, "rug", { attributes_to_search_on: ["description"] })).toEqual(["p_carpet_red"])
  })

  it("follow a changed definition at once", async () => {
    const changed = definition("synonyms", { rug: ["vinyl"] })
    expect(await ids(changed, "rug")).toEqual(["p_vinyl"])
    expect(await ids(index, "rug")).toEqual(["p_carpet_red", "p_runner"])
  })

  it("leave the search served by the document table's full-text index", async () => {
    statements.length = 0
    await ids(index, "blue rug kelagayi")
    // The search goes through the run function (its settings are sequential scans off), the statement as its argument.
    const search = statements
      .filter((statement) => statement.sql.includes(RUN_FUNCTION))
      .map((statement) => String(statement.params![0]))
      .find((sql) => /@@/.test(sql) && /LIMIT/i.test(sql))
    expect(search).toBeDefined()
    const plan = await db.manager.transactional(async (tx: any) => {
      await tx.execute("SET LOCAL enable_seqscan = off")
      const rows = await tx.execute(`EXPLAIN ${search}`)
      return rows.map((row: Record<string, string>) => row["QUERY PLAN"]).join("\n")
    })
    expect(plan).toMatch(/Bitmap Index Scan on "?search_pg_synonyms_fts_idx/)
    expect(plan).not.toContain("Seq Scan")
  })
})

describe("synonym settings", () => {
  it("are refused when a key or a synonym holds no word", async () => {
    await expect(provider.upsertIndex({ index: definition("no_word_key", { "!!!": ["rug"] }) })).rejects.toMatchObject(invalidData)
    await expect(provider.upsertIndex({ index: definition("no_word_value", { rug: ["—"] }) })).rejects.toMatchObject(invalidData)
  })

  it("are refused when malformed, at build time and at query time", async () => {
    const bad = {
      ...definition("bad_shape", {}),
      settings: { provider_options: { embedded: { synonyms: { rug: "carpet" } } } },
    } as Definition
    await expect(provider.upsertIndex({ index: bad })).rejects.toMatchObject(invalidData)
    const built = await createIndex(definition("bad_later", { rug: ["carpet"] }))
    const changed = { ...built, settings: bad.settings }
    await expect(provider.search({ index: changed, q: "rug", attributes_to_retrieve: RETRIEVABLE })).rejects.toMatchObject(invalidData)
    await expect(
      provider.search({ index: changed, filters: { brand: "Type Lab" }, attributes_to_retrieve: RETRIEVABLE }),
    ).rejects.toMatchObject(invalidData)
  })

  it("sit beside another engine's options, which are ignored", async () => {
    const both = await createIndex(
      definition("both_engines", { rug: ["carpet"] }, { meilisearch: { synonyms: { rug: ["vinyl"] }, rankingRules: ["words"] } }),
    )
    expect(await ids(both, "rug")).toEqual(["p_carpet_red", "p_runner"])
  })
})
