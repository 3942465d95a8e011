import { describe, expect, it } from "vitest"
import { flushesStoreCache } from "./service"

describe("the Store API cache's full clears", () => {
  it("follow catalogue writes: products, variants, categories, collections, regions, translations, shops", () => {
    for (const name of [
      "product.updated",
      "product-variant.created",
      "product-category.deleted",
      "region.updated",
      "translation.created",
      "creator.updated",
    ])
      expect(flushesStoreCache(name)).toBe(true)
  })

  it("never follow a shopper's writes: carts, orders, customers, stock reservations", () => {
    for (const name of ["cart.updated", "order.placed", "customer.created", "reservation-item.created", "inventory-level.updated"])
      expect(flushesStoreCache(name)).toBe(false)
  })
})
