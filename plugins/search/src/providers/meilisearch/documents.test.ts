import { describe, expect, it } from "vitest"
import { productDefinition } from "./__tests__/fixtures"
import { fromEngineDocument, toEngineDocument } from "./documents"
import { planFields } from "./schema"

const plan = planFields(
  productDefinition({
    fields: {
      id: { type: "keyword" },
      created_at: { type: "date" },
      restocks: { type: "date", array: true },
      variants: { type: "object", array: true, fields: { released_at: { type: "date" }, sku: { type: "keyword" } } },
    },
  }).fields,
)

describe("documents written to and read from Meilisearch", () => {
  it("stores dates as milliseconds, including nested and array dates", () => {
    const source = {
      id: "prod_1",
      created_at: new Date("2024-05-01T10:00:00Z"),
      restocks: ["2024-06-01T00:00:00Z", "2024-07-01T00:00:00Z"],
      variants: [
        { sku: "A", released_at: "2024-05-02T00:00:00.000Z" },
        { sku: "B", released_at: null },
      ],
      extra: "kept as given",
    }
    expect(toEngineDocument(source, plan, "id")).toEqual({
      id: "prod_1",
      created_at: 1714557600000,
      restocks: [1717200000000, 1719792000000],
      variants: [
        { sku: "A", released_at: 1714608000000 },
        { sku: "B", released_at: null },
      ],
      extra: "kept as given",
    })
    expect(source.created_at).toBeInstanceOf(Date)
  })

  it("turns stored milliseconds back into ISO strings on hits", () => {
    expect(fromEngineDocument({ id: "prod_1", created_at: 1714557600000, variants: [{ released_at: 0 }] }, plan)).toEqual({
      id: "prod_1",
      created_at: "2024-05-01T10:00:00.000Z",
      variants: [{ released_at: "1970-01-01T00:00:00.000Z" }],
    })
  })

  it("refuses a document without its primary key or with an unreadable date", () => {
    expect(() => toEngineDocument({ id: "" }, plan, "id")).toThrow(/missing its primary key "id"/)
    expect(() => toEngineDocument({ id: "prod_2", created_at: "soon" }, plan, "id")).toThrow(
      'Document "prod_2" has an invalid date in "created_at": "soon"',
    )
  })
})
