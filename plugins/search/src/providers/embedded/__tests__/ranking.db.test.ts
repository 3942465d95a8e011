import type { SearchTypes } from "@medusajs/framework/types"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { openTestDatabase, type TestDatabase } from "../../../__tests__/provider-suite/pg-harness"
import { runEmbeddedMigrations } from "../migrations-list"
import { EmbeddedSearchProvider } from "../service"
import { RUN_FUNCTION, TS_CONFIG } from "../text"

type Definition = SearchTypes.ResolvedSearchIndexDefinition

const index: Definition = {
  name: "ranked",
  entity: "product",
  primary_key: "id",
  provider: "embedded",
  fields: {
    id: { type: "keyword", filterable: true, facetable: true },
    title: { type: "text", searchable: { weight: 5 } },
    description: { type: "text", searchable: { weight: 1 } },
    status: { type: "keyword", filterable: true },
    channels: { type: "keyword", array: true, filterable: true },
    kind: { type: "keyword", filterable: true, facetable: true },
    price: { type: "float", filterable: true, facetable: { types: ["stats"] } },
  },
  settings: {},
  definition_hash: "ranked",
  physical_name: "ranked",
  seed: async function* () {},
}
const table = "search_pg_ranked"

const doc = (id: string, title: string, description: string) => ({
  id,
  title,
  description,
  status: "published",
  channels: ["sc_1"],
  kind: id.slice(0, 1),
  price: id.length,
})
/** Three titles and five descriptions say "loom"; 300 fillers say "common" and are all published in one channel. */
const DOCUMENTS = [
  doc("t_a", "Loom loom", "A loom for a loom"),
  doc("t_b", "Small loom", "Wooden"),
  doc("t_c", "Loom bench", "Oak"),
  ...["d_a", "d_b", "d_c", "d_d", "d_e"].map((id, i) =>
    doc(id, `Scarf ${i}`, i === 0 ? "Woven on a loom, loom after loom" : "Woven on a loom"),
  ),
  ...Array.from({ length: 300 }, (_, i) => doc(`f_${String(i).padStart(3, "0")}`, `Common item ${i}`, "Common filler, made to be found")),
]

let db: TestDatabase
const statements: { sql: string; params?: unknown[] }[] = []

/** The statements run through the run function (values inlined), in order. */
const ranStatements = () =>
  statements.filter((statement) => statement.sql.includes(RUN_FUNCTION)).map((statement) => String(statement.params![0]))

/** Records every statement, also inside transactions, so a test can EXPLAIN what the provider ran. */
function recording(manager: any): any {
  const proxy = Object.create(manager)
  proxy.execute = (sql: string, params?: unknown[]) => (statements.push({ sql, params }), manager.execute(sql, params))
  proxy.transactional = (run: (tx: any) => Promise<unknown>) => manager.transactional((tx: any) => run(recording(tx)))
  return proxy
}

const search = (provider: EmbeddedSearchProvider, input: Partial<SearchTypes.ProviderSearchQuery>) =>
  provider.search({ index, attributes_to_retrieve: ["id"], ...input } as SearchTypes.ProviderSearchQuery)

beforeAll(async () => {
  db = await openTestDatabase("embedded_ranking")
  await runEmbeddedMigrations(db.manager)
  const provider = new EmbeddedSearchProvider({ manager: db.manager }, {})
  await provider.upsertIndex({ index })
  await provider.upsertDocuments({ index: "ranked", definition: index, documents: DOCUMENTS })
}, 120_000)

afterAll(async () => {
  await db?.close()
}, 60_000)

describe("relevance on the typed layout", () => {
  it("is exactly the stock ts_rank_cd order while the matches fit in the rank window", async () => {
    const provider = new EmbeddedSearchProvider({ manager: db.manager }, {})
    const result = await search(provider, { q: "loom", pagination: { skip: 0, take: 20 } })
    const expected = await db.manager.execute(
      `SELECT "id" FROM "${table}", to_tsquery('${TS_CONFIG}', 'loom:*') AS q WHERE "search_vector" @@ q ORDER BY ts_rank_cd("search_vector", q) DESC, "id"`,
    )
    expect(result.hits.map((hit) => hit.id)).toEqual(expected.map((row: { id: string }) => row.id))
  })

  it("pages through larger match sets block by block, title matches first, without gaps or repeats", async () => {
    const provider = new EmbeddedSearchProvider({ manager: db.manager }, { rank_window: 2 })
    const pages = await Promise.all([0, 3, 6].map((skip) => search(provider, { q: "loom", pagination: { skip, take: 3 } })))
    const ids = pages.flatMap((page) => page.hits.map((hit) => hit.id))
    expect(ids.slice(0, 3).sort()).toEqual(["t_a", "t_b", "t_c"])
    expect(ids[0]).toBe("t_a")
    expect([...ids].sort()).toEqual(["d_a", "d_b", "d_c", "d_d", "d_e", "t_a", "t_b", "t_c"])
    expect(pages.map((page) => page.metadata.count)).toEqual([8, 8, 8])
  })

  it("facets on the primary key, which is the table's own id column", async () => {
    const provider = new EmbeddedSearchProvider({ manager: db.manager }, { rank_window: 2 })
    const result = await search(provider, { q: "loom", search_options: { facets: [{ field: "id", sort: "alpha" }] } })
    const facet = result.facets?.id as { values: { value: string; count: number }[] }
    expect(facet.values.map((entry) => entry.value)).toEqual(["d_a", "d_b", "d_c", "d_d", "d_e", "t_a", "t_b", "t_c"])
  })
})

describe("a text query with filters every document passes", () => {
  const plan = async () => {
    statements.length = 0
    const provider = new EmbeddedSearchProvider({ manager: recording(db.manager) }, {})
    const filters = { status: "published", channels: ["sc_1"] }
    // Typeahead on a word every document holds: the case a planner reading the words would scan for.
    await search(provider, { q: "comm", filters, search_options: { facets: ["kind", { field: "price", type: "stats" }] } })
    // The search goes through the run function (its settings are sequential scans off), the statement as its argument.
    const ran = ranStatements().find((sql) => /@@/.test(sql) && /LIMIT/.test(sql))
    return db.manager.transactional(async (tx: any) => {
      await tx.execute("SET LOCAL enable_seqscan = off")
      const rows = await tx.execute(`EXPLAIN ${ran}`)
      return rows.map((row: Record<string, string>) => row["QUERY PLAN"]).join("\n")
    })
  }

  it("is driven by the full-text index, before and after the planner has statistics", async () => {
    for (const analysed of [false, true]) {
      if (analysed) await db.manager.execute(`ANALYZE "${table}"`)
      const shape = await plan()
      expect(shape, `analysed: ${analysed}`).toMatch(new RegExp(`Bitmap Index Scan on "?${table}_fts_idx`))
      expect(shape).not.toMatch(/_f_status_idx|_f_channels_idx|Seq Scan on "?search_pg/)
    }
  })
})
