import { describe, expect, it } from "vitest"
import { refundedOf } from "./order-group-view"

describe("refundedOf", () => {
  it("adds up an order's refunds in all and per line, leaving other orders' out", () => {
    const refunds = [
      { order_id: "order_1", line_item_id: "ordli_1", quantity: 1, amount: 20.1 },
      { order_id: "order_1", line_item_id: "ordli_1", quantity: 1, amount: "19.9" },
      { order_id: "order_1", line_item_id: null, quantity: 0, amount: 10 },
      { order_id: "order_2", line_item_id: "ordli_2", quantity: 1, amount: 30 },
    ]
    expect(refundedOf("order_1", refunds)).toEqual({ refunded_total: 50, refunded_lines: { ordli_1: { quantity: 2, amount: 40 } } })
    expect(refundedOf("order_3", refunds)).toEqual({ refunded_total: 0, refunded_lines: {} })
  })
})
