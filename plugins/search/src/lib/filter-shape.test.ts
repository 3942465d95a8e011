import { describe, expect, it } from "vitest"
import { checkFilterShape, MAX_FILTER_DEPTH } from "./filter-shape"

const check = (filters: unknown) => () => checkFilterShape(filters as any)

/** `{ $not: { $not: … { brand: "x" } } }`, `depth` operators deep. */
const nestedNot = (depth: number) => {
  let filters: Record<string, unknown> = { brand: "x" }
  for (let i = 0; i < depth; i++) filters = { $not: filters }
  return filters
}

describe("the shape of a filter tree, on every provider", () => {
  it("accepts the filters a storefront sends", () => {
    expect(
      check({ brand: "Baku Sound", price: { $gte: 10, $lt: "99.5" }, $or: [{ tags: ["a", "b"] }, { $not: { in_stock: false } }] }),
    ).not.toThrow()
    expect(check(undefined)).not.toThrow()
    expect(check({})).not.toThrow()
  })

  it(`refuses $and/$or/$not nested more than ${MAX_FILTER_DEPTH} levels deep, without exhausting the stack`, () => {
    expect(check(nestedNot(MAX_FILTER_DEPTH))).not.toThrow()
    expect(check(nestedNot(MAX_FILTER_DEPTH + 1))).toThrow("Search filters nest $and/$or/$not more than 16 levels deep; flatten them")
    expect(check(nestedNot(2000))).toThrow(/more than 16 levels deep/)
    let mixed: Record<string, unknown> = { brand: "x" }
    for (let i = 0; i < 20; i++) mixed = i % 2 ? { $and: [mixed] } : { $or: [{ brand: "y" }, mixed] }
    expect(check(mixed)).toThrow(/more than 16 levels deep/)
  })

  it("refuses empty groups, which would otherwise match everything", () => {
    expect(check({ $or: [] })).toThrow("$or needs at least one condition")
    expect(check({ $and: [] })).toThrow("$and needs at least one condition")
    expect(check({ $not: {} })).toThrow("$not needs at least one condition")
    expect(check({ $or: [{ brand: "x" }, {}] })).toThrow("$or needs at least one condition")
    expect(check({ brand: "x", $and: [{ $not: { $or: [] } }] })).toThrow("$or needs at least one condition")
  })

  it("refuses malformed groups, nested q and unknown $ keys", () => {
    expect(check({ $or: { brand: "x" } })).toThrow("$or takes a list of filters")
    expect(check({ $not: [{ brand: "x" }] })).toThrow("Search filters must be an object of fields and $and/$or/$not")
    expect(check({ $or: ["brand"] })).toThrow(/must be an object/)
    expect(check({ $or: [{ q: "carpet" }] })).toThrow(/"q" cannot be nested inside filters/)
    expect(check({ $nor: [{ brand: "x" }] })).toThrow('Unknown logical filter operator "$nor"; use $and, $or or $not')
  })

  it("refuses NUL characters in values, lists and operator maps, naming the field", () => {
    expect(check({ brand: "a\u0000" })).toThrow('Text in the filter on "brand" must not contain NUL characters (\\u0000)')
    expect(check({ tags: ["ok", "b\u0000"] })).toThrow(/filter on "tags" must not contain NUL/)
    expect(check({ $or: [{ brand: { $in: ["x", "\u0000"] } }] })).toThrow(/filter on "brand" must not contain NUL/)
    expect(check({ handle: { $prefix: "\u0000" } })).toThrow(/filter on "handle"/)
  })
})
