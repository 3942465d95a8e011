import { describe, expect, it } from "vitest"
import { decodeCursor, encodeCursor, PartnerItemsQuery } from "./validators"

describe("change feed query", () => {
  it("a cursor round-trips and a forged one is refused", () => {
    const cursor = encodeCursor("2026-12-06 08:28:18.593593+00", "variant_1")
    expect(decodeCursor(cursor)).toEqual({ changed_key: "2026-12-06 08:28:18.593593+00", item_id: "variant_1" })
    expect(decodeCursor("nonsense")).toBeNull()
    expect(decodeCursor(encodeCursor("1; DROP TABLE", "x"))).toBeNull()
  })
  it("updated_since must be an ISO date-time and limit 1–1000", () => {
    expect(PartnerItemsQuery.safeParse({ updated_since: "2026-12-01T00:00:00Z" }).success).toBe(true)
    expect(PartnerItemsQuery.safeParse({ updated_since: "yesterday" }).success).toBe(false)
    expect(PartnerItemsQuery.safeParse({ limit: "0" }).success).toBe(false)
    expect(PartnerItemsQuery.parse({}).limit).toBe(100)
  })
})
