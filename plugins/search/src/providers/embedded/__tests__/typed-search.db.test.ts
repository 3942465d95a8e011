import type { SearchTypes } from "@medusajs/framework/types"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { DOCUMENTS, RETRIEVABLE, suiteDefinition } from "../../../__tests__/provider-suite/fixtures"
import { openTestDatabase, type TestDatabase } from "../../../__tests__/provider-suite/pg-harness"
import { runEmbeddedMigrations } from "../migrations-list"
import { checkQuery } from "../query"
import { EmbeddedSearchProvider } from "../service"

type Input = Partial<SearchTypes.ProviderSearchQuery>

/** Answers one query twice: through the typed layout's statement, and through the stock read path on the same table. */
class Probe extends EmbeddedSearchProvider {
  async both(input: SearchTypes.ProviderSearchQuery) {
    const plan = this.planOf(input.index)
    const query = checkQuery(input, plan)
    const tsquery = query.q?.trim() ? await this.prepareText(query, plan) : undefined
    const typed = await this.engine_.searchWith(query, tsquery)
    const stockQuery = { ...query }
    if (tsquery !== undefined) (this.engine_ as any).tsqueries_.set(stockQuery, tsquery)
    return { typed, stock: await this.engine_.search(stockQuery) }
  }
}

let db: TestDatabase
let probe: Probe
const index = suiteDefinition("typed_search", "embedded")
const run = (input: Input) =>
  probe.both({ index, attributes_to_retrieve: RETRIEVABLE, pagination: { skip: 0, take: 50 }, ...input } as SearchTypes.ProviderSearchQuery)
const ranges = [
  { key: "cheap", to: 100 },
  { key: "mid", from: 100, to: 400 },
  { key: "high", from: 400 },
]

beforeAll(async () => {
  db = await openTestDatabase("embedded_typed_search")
  await runEmbeddedMigrations(db.manager)
  probe = new Probe({ manager: db.manager }, {})
  await probe.upsertIndex({ index })
  await probe.upsertDocuments({ index: index.physical_name, definition: index, documents: DOCUMENTS })
}, 120_000)

afterAll(async () => {
  await db?.close()
}, 60_000)

describe("the typed read path", () => {
  const cases: [string, Input][] = [
    [
      "every facet kind over the whole catalogue",
      {
        search_options: {
          facets: ["brand", "tags", "in_stock", { field: "price", type: "stats" }, { field: "price", type: "range", ranges }],
        },
      },
    ],
    [
      "facets of a text query with filters",
      { q: "carpet", filters: { in_stock: true }, search_options: { facets: ["tags", "brand", { field: "price", type: "stats" }] } },
    ],
    [
      "value facets with a prefix, an order and a limit",
      {
        search_options: {
          facets: [
            { field: "tags", query: "c", sort: "alpha" },
            { field: "brand", limit: 2 },
          ],
        },
      },
    ],
    ["stats over nothing", { filters: { brand: "nobody" }, search_options: { facets: [{ field: "price", type: "stats" }, "tags"] } }],
    ["relevance with scores", { q: "record", search_options: { include_score: true } }],
    ["a typo and a filter", { q: "carpt", filters: { price: { $lt: 400 } } }],
    ["a sort by number, paged", { pagination: { skip: 2, take: 3, order: { price: "DESC" } } }],
    ["a sort by two fields", { filters: { in_stock: true }, pagination: { skip: 0, take: 5, order: { rating: "DESC", price: "ASC" } } }],
    ["a text query sorted by a field", { q: "carpet", pagination: { skip: 0, take: 5, order: { price: "ASC" } } }],
    ["score ascending", { q: "record", pagination: { skip: 0, take: 5, order: { _score: "ASC" } } }],
    ["distinct values", { search_options: { distinct: "brand" }, pagination: { skip: 0, take: 20, order: { price: "ASC" } } }],
    ["distinct values of a text query", { q: "baku", search_options: { distinct: "brand", facets: ["brand"] } }],
    ["a minimum score", { q: "record", search_options: { min_score: 0.5, facets: ["tags"] } }],
    ["no hits, only facets", { pagination: { skip: 0, take: 0 }, search_options: { facets: ["in_stock"] } }],
    ["no count", { q: "carpet", search_options: { count: "none", facets: ["tags"] } }],
  ]

  it.each(cases)("answers like the stock read path: %s", async (_, input) => {
    const { typed, stock } = await run(input)
    expect(typed.hits.map((hit) => hit.id)).toEqual(stock.hits.map((hit) => hit.id))
    expect(typed.hits.map((hit) => hit.document)).toEqual(stock.hits.map((hit) => hit.document))
    typed.hits.forEach((hit, i) =>
      hit.score === undefined ? expect(stock.hits[i].score).toBeUndefined() : expect(hit.score).toBeCloseTo(stock.hits[i].score!, 5),
    )
    expect({ ...typed.metadata, processing_time_ms: 0 }).toEqual({ ...stock.metadata, processing_time_ms: 0 })
    const numbers = (facets: unknown) =>
      JSON.parse(JSON.stringify(facets ?? null), (_, v) => (typeof v === "number" ? Math.round(v * 1e6) / 1e6 : v))
    expect(numbers(typed.facets)).toEqual(numbers(stock.facets))
  })

  it("is the path new tables take, and a table without the layout keeps the stock path", async () => {
    const [row] = await db.manager.execute(`SELECT "plan"->'layout' AS layout FROM "search_postgres_index" WHERE "name" = ?`, [
      index.physical_name,
    ])
    expect(row.layout).toBe(1)
    await db.manager.execute(`UPDATE "search_postgres_index" SET "plan" = "plan" - 'layout' WHERE "name" = ?`, [index.physical_name])
    try {
      const statements: string[] = []
      const recording = Object.create(db.manager)
      recording.execute = (sql: string, params?: unknown[]) => (statements.push(sql), db.manager.execute(sql, params))
      const fresh = new Probe({ manager: recording }, {})
      const result = await fresh.search({ index, q: "carpet", attributes_to_retrieve: RETRIEVABLE, search_options: { facets: ["tags"] } })
      expect(result.hits.map((hit) => hit.id).sort()).toEqual(["p_carpet_red", "p_runner"])
      expect(statements.some((sql) => sql.includes("COUNT(*)::int AS count"))).toBe(true)
    } finally {
      await db.manager.execute(`UPDATE "search_postgres_index" SET "plan" = "plan" || '{"layout": 1}' WHERE "name" = ?`, [
        index.physical_name,
      ])
    }
  })
})
