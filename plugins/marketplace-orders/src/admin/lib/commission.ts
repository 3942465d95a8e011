import type { CommissionRule, CommissionRuleInput, CommissionScope } from "./types"

export const SCOPE_LABELS: Record<CommissionScope, string> = {
  global: "Global default",
  creator: "Creator",
  programme: "Programme",
  category: "Product category",
}

/** What `reference` names for each scope (the API's validator requires one unless global). */
export const REFERENCE_HINTS: Record<CommissionScope, string> = {
  global: "",
  creator: "Creator id (cre_…)",
  programme: "Programme: music, gametech, cultech, crafts or other",
  category: "Product category id (pcat_…)",
}

/** The form's state: text fields as typed; `toInput` makes the request body. */
export type RuleForm = {
  scope: CommissionScope
  reference: string
  type: "percentage" | "fixed"
  percentage: string
  amount: string
  currency_code: string
  active: boolean
}

export const emptyRuleForm: RuleForm = {
  scope: "global",
  reference: "",
  type: "percentage",
  percentage: "",
  amount: "",
  currency_code: "azn",
  active: true,
}

export const ruleToForm = (rule: CommissionRule): RuleForm => ({
  scope: rule.scope,
  reference: rule.reference ?? "",
  type: rule.type,
  percentage: rule.percentage === null ? "" : String(rule.percentage),
  amount: rule.amount === null ? "" : String(Number(rule.amount)),
  currency_code: rule.currency_code ?? "azn",
  active: rule.active,
})

const numberOrNull = (text: string) => (text.trim() === "" ? null : Number(text))

/**
 * The whole rule as the API takes it: the other type's fields null, no reference for a global
 * rule. The API checks the rest (0–100 %, a currency for a fixed amount) and says what is wrong.
 */
export const toInput = (form: RuleForm): CommissionRuleInput => ({
  scope: form.scope,
  reference: form.scope === "global" ? null : form.reference.trim() || null,
  type: form.type,
  percentage: form.type === "percentage" ? numberOrNull(form.percentage) : null,
  amount: form.type === "fixed" ? numberOrNull(form.amount) : null,
  currency_code: form.type === "fixed" ? form.currency_code.trim().toLowerCase() || null : null,
  active: form.active,
})

/** "10 %" or "2.00 AZN per unit". */
export const describeRate = (rule: CommissionRule) =>
  rule.type === "percentage"
    ? `${rule.percentage ?? 0} %`
    : `${Number(rule.amount ?? 0).toFixed(2)} ${(rule.currency_code ?? "").toUpperCase()} per unit`
