import { describe, expect, it } from "vitest"
import { balances } from "./balance"

const now = new Date("2026-12-06T00:00:00Z")
const past = "2026-11-01T00:00:00Z"
const future = "2026-12-20T00:00:00Z"

describe("balances", () => {
  it("holds recent earnings and makes older ones available, per currency", () => {
    expect(
      balances(
        [
          { currency_code: "azn", type: "earned", amount: 90, available_at: past },
          { currency_code: "azn", type: "earned", amount: 27, available_at: future },
          { currency_code: "eur", type: "earned", amount: "10.5", available_at: past },
        ],
        now,
      ),
    ).toEqual([
      { currency_code: "azn", earned: 117, held: 27, available: 90, paid: 0, reversed: 0 },
      { currency_code: "eur", earned: 10.5, held: 0, available: 10.5, paid: 0, reversed: 0 },
    ])
  })

  it("a refund after a payout leaves a negative available balance", () => {
    const [azn] = balances(
      [
        { currency_code: "azn", type: "earned", amount: 90, available_at: past },
        { currency_code: "azn", type: "paid", amount: 90, available_at: past },
        { currency_code: "azn", type: "reversed", amount: 45, available_at: past },
      ],
      now,
    )
    expect(azn.available).toBe(-45)
  })

  it("a refund of earnings still held comes off what is held, not off what is available", () => {
    const [azn] = balances(
      [
        { currency_code: "azn", type: "earned", amount: 36, available_at: future },
        { currency_code: "azn", type: "reversed", amount: 18, available_at: future },
      ],
      now,
    )
    expect(azn).toEqual({ currency_code: "azn", earned: 36, held: 18, available: 0, paid: 0, reversed: 18 })
  })
})
