import { model } from "@medusajs/framework/utils"

export const PAYOUT_STATUSES = ["proposed", "approved", "paid", "canceled"] as const

/**
 * Money the marketplace sends a creator, in one currency: proposed by the payout job from the
 * available balance, approved by an operator, then paid (`manual`: a bank transfer the operator
 * records with its reference). Paying writes the ledger's `paid` entry.
 */
export const CreatorPayout = model
  .define("creator_payout", {
    id: model.id({ prefix: "cpay" }).primaryKey(),
    creator_id: model.text(),
    currency_code: model.text(),
    amount: model.bigNumber(),
    status: model.enum([...PAYOUT_STATUSES]).default("proposed"),
    provider: model.text().default("manual"),
    reference: model.text().nullable(),
    note: model.text().nullable(),
    approved_at: model.dateTime().nullable(),
    approved_by: model.text().nullable(),
    paid_at: model.dateTime().nullable(),
    paid_by: model.text().nullable(),
  })
  .indexes([{ on: ["creator_id", "currency_code"] }, { on: ["status"] }])
