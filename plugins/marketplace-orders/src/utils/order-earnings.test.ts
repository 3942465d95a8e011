import { describe, expect, it } from "vitest"
import { orderEarnings } from "./order-earnings"

describe("orderEarnings", () => {
  it("a creator earns their lines less commission plus their own delivery fee, less what refunds reversed", () => {
    const commissions = [{ base_amount: 40, amount: 4 }]
    const entries = [
      { type: "earned", amount: 36, line_item_id: "ordli_1" },
      { type: "earned", amount: 10, line_item_id: null },
      { type: "reversed", amount: 18, line_item_id: "ordli_1" },
    ]
    expect(orderEarnings(commissions, [{ amount: 2 }], entries)).toEqual({
      items: 40,
      commission: 4,
      commission_reversed: 2,
      delivery: 10,
      earned: 46,
      reversed: 18,
      net: 28,
    })
  })

  it("an order delivered by the marketplace has no delivery fee for the creator", () => {
    const earnings = orderEarnings([{ base_amount: 30, amount: 3 }], [], [{ type: "earned", amount: 27, line_item_id: "ordli_2" }])
    expect([earnings.delivery, earnings.net]).toEqual([0, 27])
  })
})
