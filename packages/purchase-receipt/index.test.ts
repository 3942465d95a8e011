import { describe, expect, it } from "vitest"
import { isPurchaseReceipt, purchaseReceipt } from "./index.js"

describe("a purchase's receipt", () => {
  it("is the same for the same purchase and secret, so the orders plugin and the bookings plugin agree", () => {
    expect(purchaseReceipt("secret", "ogrp_1")).toBe(purchaseReceipt("secret", "ogrp_1"))
    expect(purchaseReceipt("secret", "ogrp_1")).toMatch(/^[\w-]{43}$/)
    expect(isPurchaseReceipt("secret", "ogrp_1", purchaseReceipt("secret", "ogrp_1"))).toBe(true)
  })

  it("opens only its own purchase, and only under the secret it was made with", () => {
    const receipt = purchaseReceipt("secret", "ogrp_1")
    expect(isPurchaseReceipt("secret", "ogrp_2", receipt)).toBe(false)
    expect(isPurchaseReceipt("another secret", "ogrp_1", receipt)).toBe(false)
    for (const given of ["", "forged", receipt.slice(1), undefined, null, 42, [receipt]]) {
      expect(isPurchaseReceipt("secret", "ogrp_1", given)).toBe(false)
    }
    expect(isPurchaseReceipt("secret", null, receipt)).toBe(false)
  })

  it("refuses to sign without a secret", () => {
    expect(() => purchaseReceipt("", "ogrp_1")).toThrow(/secret/)
  })
})
