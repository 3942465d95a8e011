import { describe, expect, it } from "vitest"
import { AdminCreateCommissionRule, AdminUpdateCommissionRule } from "./validators"

describe("a commission rule's numbers", () => {
  const fixed = { scope: "global", type: "fixed", currency_code: "azn" } as const
  const percentage = { scope: "global", type: "percentage" } as const

  it("takes an amount and a percentage in cents and hundredths, up to what a price may be", () => {
    expect(AdminCreateCommissionRule.parse({ ...fixed, amount: 2.5 }).amount).toBe(2.5)
    expect(AdminCreateCommissionRule.parse({ ...fixed, amount: 10_000_000 }).amount).toBe(10_000_000)
    expect(AdminCreateCommissionRule.parse({ ...percentage, percentage: 12.75 }).percentage).toBe(12.75)
  })

  it("refuses an amount past any price or finer than a cent, and a percentage finer than a hundredth", () => {
    for (const amount of [1e300, 10_000_000.01, 0.001])
      expect([amount, AdminCreateCommissionRule.safeParse({ ...fixed, amount }).success]).toEqual([amount, false])
    expect(AdminUpdateCommissionRule.safeParse({ amount: 1e300 }).success).toBe(false)
    expect(AdminCreateCommissionRule.safeParse({ ...percentage, percentage: 99.999999999 }).success).toBe(false)
  })
})
