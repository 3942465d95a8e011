import { describe, expect, it } from "vitest"
import { staleDelivery } from "./stale-delivery"

const courier = {
  id: "so_courier",
  prices: [
    { amount: 8, currency_code: "azn" },
    { amount: 4, currency_code: "eur" },
  ],
}
const chosen = (amount: number, id = "so_courier") => ({ name: "Carpet courier", shipping_option_id: id, amount })

describe("staleDelivery", () => {
  it("lets a delivery through that is offered at the fee the buyer chose", () => {
    expect(staleDelivery([chosen(8)], [courier], "azn")).toBeNull()
    expect(staleDelivery([], [], "azn")).toBeNull()
  })

  it("names a deleted option and what to do", () => {
    expect(staleDelivery([chosen(8, "so_gone")], [courier], "azn")).toBe(
      'The delivery "Carpet courier" is no longer offered by its shop: choose a delivery again at checkout.',
    )
  })

  it("names a changed fee with both amounts, and a currency no longer priced", () => {
    expect(staleDelivery([chosen(8)], [{ ...courier, prices: [{ amount: 12, currency_code: "azn" }] }], "azn")).toBe(
      'The delivery "Carpet courier" now costs 12.00 AZN instead of 8.00 AZN: choose a delivery again at checkout.',
    )
    expect(staleDelivery([chosen(3)], [courier], "usd")).toBe(
      'The delivery "Carpet courier" is no longer offered in USD: choose a delivery again at checkout.',
    )
  })

  it("leaves prices with rules (by region, by cart total) to Medusa", () => {
    const ruled = { id: "so_courier", prices: [{ amount: 5, currency_code: "azn", price_rules: [{ attribute: "region_id" }] }] }
    expect(staleDelivery([chosen(8)], [ruled], "azn")).toBeNull()
  })
})
