import type { SearchTypes } from "@medusajs/framework/types"
import { buildIndexPlan, toWhereClause, type IndexPlan } from "@medusajs/search-postgres/dist/utils"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { DOCUMENTS, suiteDefinition } from "../../../__tests__/provider-suite/fixtures"
import { openTestDatabase, type TestDatabase } from "../../../__tests__/provider-suite/pg-harness"
import { normalizeFilters } from "../filters"
import { typedColumns } from "../layout"
import { runEmbeddedMigrations } from "../migrations-list"
import { EmbeddedSearchProvider } from "../service"
import { TypedFilterCompiler } from "../typed-filters"

let db: TestDatabase
let plan: IndexPlan
const index = suiteDefinition("typed_filters", "embedded")
const table = "search_pg_typed_filters"

/** Documents missing fields, which is where two- and three-valued logic part ways. */
const SPARSE = [
  {
    id: "p_bare",
    title: "Bare listing",
    description: "Nothing else known",
    price: 5,
    in_stock: true,
    created_at: "2026-08-01T10:00:00.000Z",
    sku: "B-1",
  },
  {
    id: "p_numbers",
    title: "Numbered tags",
    description: "Tags that look like numbers",
    brand: "42",
    tags: ["7", "music"],
    price: 42.5,
    rating: 1,
    in_stock: false,
    created_at: "2026-08-02T10:00:00.000Z",
    seller: { id: "s_num", name: "Numbers" },
    sku: "N-1",
  },
]

const ids = async (sql: string, params: unknown[]) =>
  (await db.manager.execute(`SELECT "id" FROM "${table}" WHERE ${sql} ORDER BY "id"`, params)).map((row: { id: string }) => row.id)

/** The ids each compiler selects for the same (normalized) filters. */
async function both(filters: SearchTypes.SearchFilters) {
  const normalized = normalizeFilters(filters, plan, index.name)!
  const stock = toWhereClause(normalized, plan)!
  const typed = new TypedFilterCompiler(plan, typedColumns(plan)).compile(normalized)!
  return { stock: await ids(stock.sql, stock.params), typed: await ids(typed.sql, typed.params), sql: typed.sql }
}

beforeAll(async () => {
  db = await openTestDatabase("embedded_typed_filters")
  await runEmbeddedMigrations(db.manager)
  const provider = new EmbeddedSearchProvider({ manager: db.manager }, {})
  await provider.upsertIndex({ index })
  await provider.upsertDocuments({ index: index.physical_name, definition: index, documents: [...DOCUMENTS, ...SPARSE] })
  plan = buildIndexPlan(index, "native")
}, 120_000)

afterAll(async () => {
  await db?.close()
}, 60_000)

describe("filters on native columns", () => {
  const cases: [string, SearchTypes.SearchFilters][] = [
    ["a keyword", { brand: "Quba Weavers" }],
    ["a keyword list", { brand: ["Baku Sound", "Lahij Masters", "42"] }],
    ["not equal, where the field can be missing", { brand: { $ne: "Quba Weavers" } }],
    ["not in", { brand: { $nin: ["Quba Weavers", "Дербент"] } }],
    ["negated equality", { $not: { brand: "Type Lab" } }],
    ["negated comparison on a missing field", { $not: { rating: { $gt: 3 } } }],
    ["a comparison", { rating: { $lte: 3 } }],
    ["not equal on a number", { rating: { $ne: 5 } }],
    ["absence", { rating: { $exists: false } }],
    ["presence", { brand: { $exists: true } }],
    ["null as absence", { brand: null as unknown as string }],
    ["null or a value", { brand: [null as unknown as string, "Type Lab"] }],
    ["not null", { brand: { $ne: null } }],
    ["array membership", { tags: "carpet" }],
    ["array membership of a number-like tag", { tags: 7 as unknown as string }],
    ["array non-membership", { tags: { $ne: "carpet" } }],
    ["array not in", { tags: { $nin: ["carpet", "silk"] } }],
    ["array contains all", { tags: { $contains: ["carpet", "wool"] } }],
    ["array contains nothing in particular", { tags: { $contains: [] } }],
    ["array overlap", { tags: { $overlaps: ["vinyl", "font"] } }],
    ["negated overlap", { $not: { tags: { $overlaps: ["music"] } } }],
    ["a boolean", { in_stock: false }],
    ["a negated boolean", { in_stock: { $ne: true } }],
    ["a date", { created_at: { $gte: "2026-07-01T00:00:00.000Z" } }],
    ["a nested field", { "seller.id": "s_seki" }],
    ["numbers by value", { price: [35, 90, 42.5] }],
    ["$or", { $or: [{ brand: "Type Lab" }, { price: { $gte: 400 } }] }],
    ["$and with a nested $not", { $and: [{ tags: "music" }, { $not: { price: { $gt: 20 } } }] }],
    ["a double negation", { $not: { $not: { rating: { $gt: 3 } } } }],
    ["a prefix", { brand: { $prefix: "Baku" } }],
    ["a negated substring", { $not: { brand: { $like: "Sound" } } }],
    ["a prefix on a number (read from indexed)", { price: { $prefix: "4" } }],
    ["the primary key", { id: ["p_font", "p_vinyl", "p_none"] }],
    ["not the primary key", { id: { $ne: "p_font" } }],
  ]

  it.each(cases)("select what the stock compiler selects: %s", async (_, filters) => {
    const { stock, typed } = await both(filters)
    expect(typed).toEqual(stock)
  })

  it("keep missing fields out of equality, even under NOT", async () => {
    expect((await both({ $not: { brand: "Type Lab" } })).typed).toContain("p_bare")
    expect((await both({ $not: { rating: { $gt: 3 } } })).typed).not.toContain("p_class")
  })

  it("read native columns, and the primary key column for ids", async () => {
    expect((await both({ brand: "Quba Weavers", tags: "carpet" })).sql).toBe(`"f_brand" = ?::text AND "f_tags" @> ARRAY[?::text]::text[]`)
    expect((await both({ id: "p_font" })).sql).toBe(`"id" = ?::text`)
    expect((await both({ $not: { brand: "x" } })).sql).toBe(`NOT (("f_brand" = ?::text AND "f_brand" IS NOT NULL))`)
  })
})
