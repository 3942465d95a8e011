import { model } from "@medusajs/framework/utils"

export const LEDGER_ENTRY_TYPES = ["earned", "reversed", "paid"] as const

/**
 * A creator's money, per currency, as a list of movements: `earned` (a line minus commission, or,
 * with no line, the fee of the creator's own delivery; available after the holding period),
 * `reversed` (refunds), `paid` (payouts). Balances are
 * sums of these; nothing is ever updated in place.
 */
export const LedgerEntry = model
  .define("ledger_entry", {
    id: model.id({ prefix: "ledg" }).primaryKey(),
    creator_id: model.text(),
    currency_code: model.text(),
    type: model.enum([...LEDGER_ENTRY_TYPES]),
    amount: model.bigNumber(),
    order_id: model.text().nullable(),
    line_item_id: model.text().nullable(),
    available_at: model.dateTime(),
    note: model.text().nullable(),
    /** the creator_refund behind a `reversed` entry */
    refund_id: model.text().nullable(),
    /** the creator_payout behind a `paid` entry */
    payout_id: model.text().nullable(),
  })
  .indexes([{ on: ["creator_id", "currency_code"] }, { on: ["order_id"] }])
