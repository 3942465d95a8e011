import { describe, expect, it } from "vitest"
import { planLineRefund, RefundRefused, type RefundableLine } from "./refund-plan"

const bowls: RefundableLine = {
  id: "ordli_1",
  title: "Copper bowl",
  quantity: 3,
  total: 60,
  fulfilled_quantity: 0,
  refunded_quantity: 0,
  refunded_amount: 0,
  commission: 6,
  commission_reversed: 0,
  earning: 54,
  earning_reversed: 0,
}

describe("planLineRefund", () => {
  it("refunds units in proportion and reverses commission and earning in the same proportion", () => {
    expect(planLineRefund(bowls, { quantity: 1 })).toEqual({
      line_item_id: "ordli_1",
      quantity: 1,
      amount: 20,
      commission_reversal: 2,
      earning_reversal: 18,
      restock_quantity: 1,
      open_quantity: 3,
    })
  })

  it("with neither quantity nor amount, refunds everything still left", () => {
    const after = { ...bowls, refunded_quantity: 1, refunded_amount: 20, commission_reversed: 2, earning_reversed: 18 }
    expect(planLineRefund(after, {})).toMatchObject({ quantity: 2, amount: 40, commission_reversal: 4, earning_reversal: 36 })
  })

  it("rounds on the running total, so three thirds give back exactly the whole line", () => {
    let line: RefundableLine = { ...bowls, quantity: 3, total: 10, commission: 1, earning: 9 }
    const sums = { amount: 0, commission: 0, earning: 0 }
    for (let i = 0; i < 3; i++) {
      const r = planLineRefund(line, { quantity: 1 })
      sums.amount += r.amount
      sums.commission += r.commission_reversal
      sums.earning += r.earning_reversal
      line = {
        ...line,
        refunded_quantity: line.refunded_quantity + 1,
        refunded_amount: line.refunded_amount + r.amount,
        commission_reversed: line.commission_reversed + r.commission_reversal,
        earning_reversed: line.earning_reversed + r.earning_reversal,
      }
    }
    expect([sums.amount, sums.commission, sums.earning].map((n) => Math.round(n * 100) / 100)).toEqual([10, 1, 9])
  })

  it("an amount refund gives money back but no stock", () => {
    expect(planLineRefund(bowls, { amount: 15 })).toMatchObject({ quantity: 0, amount: 15, restock_quantity: 0, commission_reversal: 1.5 })
  })

  it("shipped units are refunded without releasing stock", () => {
    expect(planLineRefund({ ...bowls, fulfilled_quantity: 2 }, { quantity: 2 })).toMatchObject({ restock_quantity: 1 })
  })

  it("refuses more than what is left, in units or money", () => {
    expect(() => planLineRefund(bowls, { quantity: 4 })).toThrow(
      new RefundRefused('Only 3 of 3 units of "Copper bowl" can still be refunded.'),
    )
    expect(() => planLineRefund(bowls, { amount: 60.01 })).toThrow('At most 60.00 of "Copper bowl" can still be refunded.')
    expect(() => planLineRefund({ ...bowls, refunded_amount: 60 }, {})).toThrow('"Copper bowl" is already fully refunded.')
    expect(() => planLineRefund(bowls, { amount: -5 })).toThrow("A refund amount must be more than 0.")
    expect(() => planLineRefund(bowls, { quantity: 1.5 })).toThrow("A refund quantity must be a whole number of units, at least 1.")
    expect(() => planLineRefund(bowls, { quantity: 1, amount: 20 })).toThrow("Give either a quantity or an amount, not both.")
  })
})
