import { describe, expect, it } from "vitest"
import { productDefinition } from "./__tests__/fixtures"
import { shape } from "./__tests__/meili-tokens"
import { compileFilter } from "./filter"
import { definitionResolver, lenientResolver } from "./resolvers"
import { planFields } from "./schema"

const resolver = definitionResolver(planFields(productDefinition().fields), "product")
const compile = (filters: Record<string, unknown>) => compileFilter(filters as any, resolver)

describe("filter tree compiled to a Meilisearch filter", () => {
  it("quotes every attribute and value and ANDs sibling keys", () => {
    expect(compile({ status: "published", in_stock: true, price_azn: { $gte: 10, $lt: 99.5 } })).toBe(
      '("status" = "published" AND "in_stock" = "true" AND ("price_azn" >= "10" AND "price_azn" < "99.5"))',
    )
  })

  it("treats a list as membership and a bare value on an array as contains", () => {
    expect(compile({ status: ["published", "proposed"] })).toBe('"status" IN ["published", "proposed"]')
    expect(compile({ sales_channel_ids: "sc_1" })).toBe('"sales_channel_ids" = "sc_1"')
  })

  it("maps the set operators exactly", () => {
    expect(compile({ status: { $nin: ["draft"] } })).toBe('NOT "status" IN ["draft"]')
    expect(compile({ status: { $in: "draft" } })).toBe('"status" IN ["draft"]')
    expect(compile({ status: { $ne: "draft" } })).toBe('NOT "status" = "draft"')
    expect(compile({ tags: { $contains: ["silk", "handmade"] } })).toBe('("tags" = "silk" AND "tags" = "handmade")')
    expect(compile({ tags: { $overlaps: ["silk", "wool"] } })).toBe('"tags" IN ["silk", "wool"]')
    expect(compile({ handle: { $prefix: "kelaghayi-" } })).toBe('"handle" STARTS WITH "kelaghayi-"')
  })

  it("treats null and empty arrays as absent, like the Postgres provider", () => {
    expect(compile({ brand: null })).toBe('("brand" NOT EXISTS OR "brand" IS NULL)')
    expect(compile({ brand: { $exists: true } })).toBe('NOT ("brand" NOT EXISTS OR "brand" IS NULL)')
    expect(compile({ tags: { $exists: false } })).toBe('("tags" NOT EXISTS OR "tags" IS NULL OR "tags" IS EMPTY)')
    expect(compile({ brand: { $in: ["acme", null] } })).toBe('("brand" IN ["acme"] OR ("brand" NOT EXISTS OR "brand" IS NULL))')
    expect(compile({ brand: { $ne: null } })).toBe('NOT ("brand" NOT EXISTS OR "brand" IS NULL)')
  })

  it("nests $and, $or and $not with explicit parentheses", () => {
    expect(compile({ $or: [{ status: "published" }, { $and: [{ brand: "acme" }, { $not: { in_stock: false } }] }] })).toBe(
      '("status" = "published" OR ("brand" = "acme" AND NOT ("in_stock" = "false")))',
    )
  })

  it("refuses empty groups, deep nesting, nested q and NUL before compiling (the shared shape check)", () => {
    expect(() => compile({ $or: [] })).toThrow("$or needs at least one condition")
    expect(() => compile({ $not: {} })).toThrow("$not needs at least one condition")
    let deep: Record<string, unknown> = { brand: "acme" }
    for (let i = 0; i < 2000; i++) deep = { $not: deep }
    expect(() => compile(deep)).toThrow(/more than 16 levels deep/)
    expect(() => compile({ $or: [{ q: "rug" }, { brand: "acme" }] })).toThrow(/"q" cannot be nested/)
    expect(() => compile({ brand: "ac\u0000me" })).toThrow(/must not contain NUL characters/)
  })

  it("compares dates as milliseconds since the epoch", () => {
    expect(compile({ created_at: { $gte: new Date("2024-01-01T00:00:00Z"), $lt: "2024-02-01T00:00:00Z" } })).toBe(
      '("created_at" >= "1704067200000" AND "created_at" < "1706745600000")',
    )
  })

  it("escapes quotes and backslashes so a value stays one token", () => {
    const nasty = 'say "hi" \\ to AND OR ) ] NOT'
    expect(compile({ brand: nasty })).toBe('"brand" = "say \\"hi\\" \\\\ to AND OR ) ] NOT"')
    expect(shape(compile({ brand: nasty })!)).toEqual(['"brand"', "=", JSON.stringify(nasty)])
  })

  it("does not let a value that contains filter syntax widen the query", () => {
    const injection = 'x" OR "status" = "draft'
    const trailing = "x\\"
    const filter = compile({ status: "published", brand: injection, handle: trailing })!
    expect(shape(filter)).toEqual([
      "(",
      '"status"',
      "=",
      '"published"',
      "AND",
      '"brand"',
      "=",
      JSON.stringify(injection),
      "AND",
      '"handle"',
      "=",
      JSON.stringify(trailing),
      ")",
    ])
  })

  it("rejects unknown and non-filterable fields by name", () => {
    expect(() => compile({ colour: "red" })).toThrow('Unknown filter field "colour" on search index "product"')
    expect(() => compile({ title_en: "rug" })).toThrow('Field "title_en" is not filterable on search index "product"')
  })

  it("rejects operators Meilisearch cannot express exactly, saying why", () => {
    expect(() => compile({ handle: { $like: "%rug%" } })).toThrow(/does not support \$like \(on "handle"\)/)
    expect(() => compile({ brand: { $gt: "m" } })).toThrow(/\$gt needs comparison filters on "brand"/)
    expect(() => compile({ tags: { $gte: "a" } })).toThrow(/array field "tags"/)
    expect(() => compile({ brand: { $contains: "acme" } })).toThrow(/\$contains on "brand" needs an array field/)
    expect(() => compile({ tags: { $prefix: "si" } })).toThrow(/\$prefix on "tags"/)
    expect(() => compile({ brand: { $regex: "a" } })).toThrow('Unsupported filter operator "$regex" on "brand"')
    expect(() => compile({ brand: {} })).toThrow('Empty operator map on filter field "brand"')
  })

  it("rejects values that do not fit the field's type", () => {
    expect(() => compile({ price_azn: { $gt: "cheap" } })).toThrow(/"price_azn" must be a finite number/)
    expect(() => compile({ in_stock: "yes" })).toThrow(/"in_stock" must be a boolean/)
    expect(() => compile({ created_at: { $gt: "yesterday" } })).toThrow(/"created_at" must be a date/)
    expect(() => compile({ price_azn: { $lte: "Infinity" } })).toThrow(/"price_azn" must be a finite number/)
    expect(() => compile({ price_azn: { $gte: NaN } })).toThrow(/"price_azn" must be a finite number/)
  })

  it("compiles untyped fields for deletes whose definition is unknown", () => {
    const filter = compileFilter({ store_id: "store_1", created_at: { $lt: new Date(0) } } as any, lenientResolver)
    expect(filter).toBe('("store_id" = "store_1" AND "created_at" < "0")')
  })
})
