import { describe, expect, it } from "vitest"
import { commissionFor, matchRule, reversalFor, type Rule } from "./commission"

const rule = (id: string, scope: Rule["scope"], reference: string | null, extra: Partial<Rule> = {}): Rule => ({
  id,
  scope,
  reference,
  type: "percentage",
  percentage: 10,
  amount: null,
  currency_code: null,
  ...extra,
})
const ctx = { creator_id: "cre_1", programme: "music", category_ids: ["pcat_vinyl"], currency_code: "azn" }

describe("commission rules", () => {
  it("the most specific matching rule wins: creator, then category, then programme, then global", () => {
    const rules = [
      rule("g", "global", null),
      rule("p", "programme", "music"),
      rule("c", "category", "pcat_vinyl"),
      rule("s", "creator", "cre_1"),
    ]
    expect(matchRule(rules, ctx)?.id).toBe("s")
    expect(matchRule(rules.slice(0, 3), ctx)?.id).toBe("c")
    expect(matchRule(rules.slice(0, 2), ctx)?.id).toBe("p")
    expect(matchRule([rule("p", "programme", "crafts"), rule("g", "global", null)], ctx)?.id).toBe("g")
    expect(matchRule([rule("other", "creator", "cre_2")], ctx)).toBeNull()
  })

  it("a fixed rule applies per unit and only in its currency", () => {
    const fixed = rule("f", "creator", "cre_1", { type: "fixed", amount: 2.5, currency_code: "eur", percentage: null })
    expect(matchRule([rule("g", "global", null), fixed], ctx)?.id).toBe("g")
    expect(matchRule([fixed], { ...ctx, currency_code: "eur" })?.id).toBe("f")
    expect(commissionFor(fixed, 30, 3)).toBe(7.5)
    expect(commissionFor(fixed, 4, 3)).toBe(4) // never more than the line
  })

  it("percentages round to cents and reverse in proportion to the refund", () => {
    expect(commissionFor(rule("p", "global", null, { percentage: 12.5 }), 33.33, 1)).toBe(4.17)
    expect(commissionFor(null, 100, 1)).toBe(0)
    expect(reversalFor(15, 150, 50)).toBe(5)
    expect(reversalFor(15, 150, 500)).toBe(15)
  })
})
