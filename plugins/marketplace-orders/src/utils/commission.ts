export type Rule = {
  id: string
  scope: "creator" | "category" | "programme" | "global"
  reference: string | null
  type: "percentage" | "fixed"
  percentage: number | null
  amount: number | null
  currency_code: string | null
}
export type CommissionContext = { creator_id: string | null; programme: string | null; category_ids: string[]; currency_code: string }

const SPECIFICITY: Record<Rule["scope"], number> = { creator: 4, category: 3, programme: 2, global: 1 }

/** Money in the currency's minor unit precision (2 decimals for AZN, EUR, USD). */
export const round = (value: number) => Math.round(value * 100) / 100

/** The most specific rule that matches the line; a fixed rule only in its own currency. Ties: the first given (oldest). */
export function matchRule(rules: Rule[], ctx: CommissionContext): Rule | null {
  const matches = rules.filter((rule) => {
    if (rule.type === "fixed" && rule.currency_code !== ctx.currency_code) return false
    if (rule.scope === "global") return true
    if (rule.scope === "creator") return rule.reference === ctx.creator_id
    if (rule.scope === "programme") return rule.reference === ctx.programme
    return ctx.category_ids.includes(rule.reference ?? "")
  })
  return matches.reduce<Rule | null>((best, rule) => (!best || SPECIFICITY[rule.scope] > SPECIFICITY[best.scope] ? rule : best), null)
}

/** The commission of a line worth `base` (after discounts, before tax), `quantity` units: never more than the line. */
export function commissionFor(rule: Rule | null, base: number, quantity: number): number {
  if (!rule) return 0
  const raw = rule.type === "percentage" ? (base * (rule.percentage ?? 0)) / 100 : Number(rule.amount ?? 0) * quantity
  return round(Math.min(Math.max(raw, 0), base))
}

/** The share of a commission to reverse when `refunded` of a line worth `base` is paid back. */
export function reversalFor(commission: number, base: number, refunded: number): number {
  if (base <= 0) return 0
  return round((commission * Math.min(refunded, base)) / base)
}
