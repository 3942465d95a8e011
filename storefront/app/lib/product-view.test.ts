import { describe, expect, it } from "vitest"
import { maxQuantity } from "./product-view"
import type { Variant } from "./types"

const variant = (fields: Partial<Variant>) => ({ id: "variant_1", manage_inventory: true, allow_backorder: false, ...fields }) as Variant

describe("how many of a variant a buyer may ask for", () => {
  it("is what is in stock when the stock is counted, at most 99", () => {
    expect(maxQuantity(variant({ inventory_quantity: 12 }))).toBe(12)
    expect(maxQuantity(variant({ inventory_quantity: 500 }))).toBe(99)
  })

  it("is 99 when the stock is not counted or may be backordered, and never below 1", () => {
    expect(maxQuantity(variant({ manage_inventory: false, inventory_quantity: 0 }))).toBe(99)
    expect(maxQuantity(variant({ allow_backorder: true, inventory_quantity: 2 }))).toBe(99)
    expect(maxQuantity(variant({ inventory_quantity: 0 }))).toBe(1)
    expect(maxQuantity(null)).toBe(99)
  })
})
