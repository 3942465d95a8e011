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
    /** the Connect account's state, from Stripe's `account.updated` events */
    stripe_payouts_enabled: model.boolean().default(false),
    stripe_details_submitted: model.boolean().default(false),
    /** when Stripe created the last event applied: an older one arriving late changes nothing */
    stripe_account_event_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["creator_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["stripe_account_id"], unique: true, where: "deleted_at IS NULL AND stripe_account_id IS NOT NULL" },
  ])
