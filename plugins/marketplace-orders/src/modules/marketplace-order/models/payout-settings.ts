import { model } from "@medusajs/framework/utils"

export const PAYOUT_PROVIDERS = ["manual", "stripe-connect"] as const
export type PayoutProviderId = (typeof PAYOUT_PROVIDERS)[number]

/**
 * How a creator is paid: `manual` (an operator's bank transfer) until the shop connects a Stripe
 * Express account, then `stripe-connect` with that account's id (one row per creator).
 */
export const PayoutSettings = model
  .define("creator_payout_settings", {
    id: model.id({ prefix: "cpset" }).primaryKey(),
    creator_id: model.text(),
    provider: model.enum([...PAYOUT_PROVIDERS]).default("manual"),
    stripe_account_id: model.text().nullable(),
  })
  .indexes([
    { on: ["creator_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["stripe_account_id"], unique: true, where: "deleted_at IS NULL AND stripe_account_id IS NOT NULL" },
  ])
