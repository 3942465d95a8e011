import { describe, expect, it } from "vitest"
import { type CaptureShare, planCapture } from "./capture-plan"

const share = (id: string, amount: number, more: Partial<CaptureShare> = {}): CaptureShare => ({
  id,
  amount,
  captured_amount: 0,
  refunded_amount: 0,
  status: "authorized",
  ...more,
})
const bowls = share("pay_col_bowls", 50)
const pack = share("pay_col_pack", 30)
const authorized = { payment_status: "authorized", due: 80 }

describe("planCapture", () => {
  it("a full capture marks the purchase and every share captured", () => {
    expect(planCapture({ captured: 80, refunded: 0, canceled: false }, authorized, [bowls, pack])).toEqual({
      payment_status: "captured",
      shares: [
        { id: "pay_col_bowls", captured_amount: 50, status: "completed" },
        { id: "pay_col_pack", captured_amount: 30, status: "completed" },
      ],
      over_captured: 0,
    })
  })

  it("a partial capture is shared in proportion, rounded so the parts add up to what was captured", () => {
    const plan = planCapture({ captured: 33.33, refunded: 0, canceled: false }, authorized, [bowls, pack])
    expect(plan.payment_status).toBe("partially_captured")
    expect(plan.shares).toEqual([
      { id: "pay_col_bowls", captured_amount: 20.83, status: "partially_captured" },
      { id: "pay_col_pack", captured_amount: 12.5, status: "partially_captured" },
    ])
    const three = [share("a", 10), share("b", 10), share("c", 10)]
    const parts = planCapture({ captured: 10, refunded: 0, canceled: false }, { payment_status: "authorized", due: 30 }, three).shares
    expect(parts.map((p) => p.captured_amount)).toEqual([3.33, 3.34, 3.33])
  })

  it("planning again from the same payment changes nothing", () => {
    const captured = [
      share("pay_col_bowls", 50, { captured_amount: 50, status: "completed" }),
      share("pay_col_pack", 30, { captured_amount: 30, status: "completed" }),
    ]
    expect(planCapture({ captured: 80, refunded: 0, canceled: false }, { payment_status: "captured", due: 80 }, captured)).toEqual({
      payment_status: null,
      shares: [],
      over_captured: 0,
    })
  })

  it("a cancelled order's share keeps its state; the rest is due from the others, and a capture of the released money is reported", () => {
    const canceled = share("pay_col_pack", 30, { status: "canceled" })
    const exact = planCapture({ captured: 50, refunded: 0, canceled: false }, { payment_status: "authorized", due: 50 }, [bowls, canceled])
    expect(exact).toEqual({
      payment_status: "captured",
      shares: [{ id: "pay_col_bowls", captured_amount: 50, status: "completed" }],
      over_captured: 0,
    })
    const all = planCapture({ captured: 80, refunded: 0, canceled: false }, { payment_status: "authorized", due: 50 }, [bowls, canceled])
    expect([all.payment_status, all.shares, all.over_captured]).toEqual(["captured", exact.shares, 30])
  })

  it("a share lowered by a released refund is due only what is left of it", () => {
    const released = share("pay_col_bowls", 30) // 50, of which 20 released before the capture
    const plan = planCapture({ captured: 60, refunded: 0, canceled: false }, { payment_status: "authorized", due: 60 }, [released, pack])
    expect(plan.shares.map((p) => p.captured_amount)).toEqual([30, 30])
  })

  it("a share a refund already marked captured is never lowered, and the purchase's refunds decide its status", () => {
    const refunded = share("pay_col_bowls", 50, { captured_amount: 50, refunded_amount: 20, status: "completed" })
    const plan = planCapture({ captured: 80, refunded: 20, canceled: false }, { payment_status: "partially_refunded", due: 80 }, [
      refunded,
      pack,
    ])
    expect(plan).toEqual({
      payment_status: null,
      shares: [{ id: "pay_col_pack", captured_amount: 30, status: "completed" }],
      over_captured: 0,
    })
    const gone = planCapture({ captured: 80, refunded: 80, canceled: false }, { payment_status: "partially_refunded", due: 80 }, [])
    expect(gone.payment_status).toBe("refunded")
  })

  it("a cancelled or uncaptured payment plans nothing", () => {
    const nothing = { payment_status: null, shares: [], over_captured: 0 }
    expect(planCapture({ captured: 80, refunded: 0, canceled: true }, authorized, [bowls, pack])).toEqual(nothing)
    expect(planCapture({ captured: 0, refunded: 0, canceled: false }, authorized, [bowls, pack])).toEqual(nothing)
  })
})
