import { enumFilter } from "../utils/enum-filter"
import { z } from "@medusajs/framework/zod"
import { COMMISSION_SCOPES, COMMISSION_TYPES } from "../../modules/marketplace-order/models/commission-rule"
import { PAYOUT_STATUSES } from "../../modules/marketplace-order/models/creator-payout"

const RuleFields = z.object({
  scope: z.enum(COMMISSION_SCOPES),
  reference: z.string().trim().min(1).nullish(),
  type: z.enum(COMMISSION_TYPES),
  percentage: z.number().min(0).max(100).multipleOf(0.01, "must have at most two decimals").nullish(),
  // as a listing's price (creator-shops): a fixed commission past any price is the 100% it is capped at anyway
  amount: z.number().min(0).max(10_000_000, "must be at most 10000000").multipleOf(0.01, "must have at most two decimals").nullish(),
  currency_code: z
    .string()
    .regex(/^[a-z]{3}$/, "must be a lower-case ISO 4217 code such as azn")
    .nullish(),
  active: z.boolean().optional(),
})

type RuleShape = z.infer<typeof RuleFields>

/** A rule says exactly what it needs: a reference unless global, a percentage or a fixed amount with its currency. */
function checkRule(rule: Partial<RuleShape>, ctx: z.RefinementCtx) {
  if (rule.scope === "global" && rule.reference)
    ctx.addIssue({ code: "custom", path: ["reference"], message: "a global rule has no reference" })
  if (rule.scope && rule.scope !== "global" && !rule.reference)
    ctx.addIssue({ code: "custom", path: ["reference"], message: `name the ${rule.scope} this rule is for` })
  if (rule.type === "percentage" && (rule.percentage === null || rule.percentage === undefined))
    ctx.addIssue({ code: "custom", path: ["percentage"], message: "a percentage rule needs a percentage (0-100)" })
  if (rule.type === "fixed" && (rule.amount === null || rule.amount === undefined || !rule.currency_code))
    ctx.addIssue({ code: "custom", path: ["amount"], message: "a fixed rule needs an amount and its currency_code" })
}

export const AdminCreateCommissionRule = RuleFields.strict().superRefine(checkRule)
export type AdminCreateCommissionRuleType = z.infer<typeof AdminCreateCommissionRule>

export const AdminUpdateCommissionRule = RuleFields.partial().strict()
export type AdminUpdateCommissionRuleType = z.infer<typeof AdminUpdateCommissionRule>

/** A rule as it will be once an update is applied: it must still say what it needs, as a new one does. */
export const CompleteCommissionRule = RuleFields.superRefine(checkRule)

/** Money in minor-unit precision: positive, at most two decimals. */
const RefundMoney = z
  .number()
  .positive("must be more than 0")
  .refine((n) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6, "must have at most two decimals")

/** A refund's `reason` (the documented name; `note`, its first name, is still taken) reaches the workflow as its `note`. */
export const AdminRefundCreatorOrder = z
  .object({
    line_item_id: z.string().trim().min(1),
    quantity: z.number().int("must be a whole number of units").positive("must be at least 1").optional(),
    amount: RefundMoney.optional(),
    reason: z.string().trim().max(2000).optional(),
    note: z.string().trim().max(2000).optional(),
  })
  .strict()
  .refine((body) => body.quantity === undefined || body.amount === undefined, {
    message: "give either quantity or amount, not both",
    path: ["amount"],
  })
  .refine((body) => body.reason === undefined || body.note === undefined, {
    message: "give the reason once, as reason (note is its older name)",
    path: ["note"],
  })
  .transform(({ reason, note, ...body }) => ({ ...body, note: reason ?? note }))
export type AdminRefundCreatorOrderType = z.infer<typeof AdminRefundCreatorOrder>

export const AdminCancelCreatorOrder = z.object({ note: z.string().trim().max(2000).optional() }).strict()
export type AdminCancelCreatorOrderType = z.infer<typeof AdminCancelCreatorOrder>

/** Capturing the purchase's payment takes nothing: the whole authorised amount is captured. */
export const AdminCapturePurchase = z.object({}).strict()

export const AdminListPayouts = z
  .object({
    status: enumFilter("status", PAYOUT_STATUSES).optional(),
    creator_id: z.string().optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type AdminListPayoutsType = z.infer<typeof AdminListPayouts>

export const AdminListBalances = z.object({ creator_id: z.string().optional() }).strict()
export type AdminListBalancesType = z.infer<typeof AdminListBalances>

export const AdminApprovePayout = z.object({}).strict()

/** Paying: a manual payout needs the reference of the bank transfer the operator made; a Stripe Connect one takes none. */
export const AdminPayPayout = z
  .object({ reference: z.string().trim().min(1).max(200).optional(), note: z.string().trim().max(2000).optional() })
  .strict()
export type AdminPayPayoutType = z.infer<typeof AdminPayPayout>

export const AdminCancelPayout = z.object({ note: z.string().trim().max(2000).optional() }).strict()
export type AdminCancelPayoutType = z.infer<typeof AdminCancelPayout>
