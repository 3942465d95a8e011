import { describe, expect, it } from "vitest"
import { isOneCopyRefusal, isStockRefusal } from "./cart"

describe("the cart's refusals the storefront words itself", () => {
  it("tells the backend's one-copy refusal of a download apart from a stock refusal", () => {
    // creator-shops' utils/digital-quantity.ts, word for word
    const oneCopy =
      '"Segah loops" is a digital item: one copy is all a buyer needs, so its quantity stays 1. Choose another licence for more.'
    expect(isOneCopyRefusal(oneCopy)).toBe(true)
    expect(isStockRefusal(oneCopy)).toBe(false)
    expect(isOneCopyRefusal("Some variant does not have the required inventory")).toBe(false)
  })
})
