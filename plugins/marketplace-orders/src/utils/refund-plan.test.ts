import { describe, expect, it } from "vitest"
import { planDeliveryRefund, planLineRefund, RefundRefused, refundsWholeOrder, type RefundableLine } from "./refund-plan"

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
      settles_line: false,
    })
  })

  it("with neither quantity nor amount, refunds everything still left", () => {
    const after = { ...bowls, refunded_quantity: 1, refunded_amount: 20, commission_reversed: 2, earning_reversed: 18 }
    expect(planLineRefund(after, {})).toMatchObject({
      quantity: 2,
      amount: 40,
      commission_reversal: 4,
      earning_reversal: 36,
      settles_line: true,
    })
  })

  it("a line is settled once nothing is left of it, by units or by money", () => {
    expect(planLineRefund(bowls, { amount: 59.99 }).settles_line).toBe(false)
    expect(planLineRefund({ ...bowls, quantity: 1, total: 20 }, { quantity: 1 }).settles_line).toBe(true)
    expect(planLineRefund(bowls, { amount: bowls.total }).settles_line).toBe(true)
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

describe("the delivery given back (docs/decisions/040)", () => {
  const ownDelivery = { total: 10, refunded: 0, earning: 10, earning_reversed: 0 }

  it("gives back what is left of the delivery and reverses the creator's delivery fee with it", () => {
    expect(planDeliveryRefund(ownDelivery)).toEqual({ amount: 10, earning_reversal: 10 })
  })

  it("the marketplace's delivery is given back without reversing any creator's earning; a free copy gives nothing back", () => {
    expect(planDeliveryRefund({ ...ownDelivery, earning: 0 })).toEqual({ amount: 10, earning_reversal: 0 })
    expect(planDeliveryRefund({ total: 0, refunded: 0, earning: 0, earning_reversed: 0 })).toEqual({ amount: 0, earning_reversal: 0 })
  })

  it("a delivery already given back gives nothing twice", () => {
    expect(planDeliveryRefund({ total: 10, refunded: 10, earning: 10, earning_reversed: 10 })).toEqual({ amount: 0, earning_reversal: 0 })
  })

  it("only the refund that leaves nothing of an order not shipped takes the delivery with it", () => {
    const pack: RefundableLine = { ...bowls, id: "ordli_2", quantity: 1, total: 30, commission: 3, earning: 27 }
    const lastOfBowls = planLineRefund(bowls, {})
    expect(refundsWholeOrder([bowls], lastOfBowls, false)).toBe(true)
    expect(refundsWholeOrder([bowls], lastOfBowls, true)).toBe(false) // shipped: the carrier was paid
    expect(refundsWholeOrder([bowls], planLineRefund(bowls, { quantity: 1 }), false)).toBe(false)
    expect(refundsWholeOrder([bowls, pack], lastOfBowls, false)).toBe(false)
    const packRefunded = { ...pack, refunded_quantity: 1, refunded_amount: 30 }
    expect(refundsWholeOrder([bowls, packRefunded], lastOfBowls, false)).toBe(true)
  })
})
