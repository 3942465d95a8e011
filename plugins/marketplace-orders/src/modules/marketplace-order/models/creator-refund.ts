import { model } from "@medusajs/framework/utils"

export const REFUND_METHODS = ["refunded", "released"] as const

/**
 * Money given back for a creator's order: one row per order line (or per order's delivery, with
 * no line), never updated. `refunded`: paid back through Medusa's payment module from the group's
 * captured payment; `released`: the payment was only authorised, so the amount is simply no longer
 * to be captured. `idempotency_key` (e.g. `booking:<id>`) makes a repeated request refund nothing twice.
 */
export const CreatorRefund = model
  .define("creator_refund", {
    id: model.id({ prefix: "cref" }).primaryKey(),
    order_group_id: model.text().nullable(),
    order_id: model.text(),
    creator_id: model.text().nullable(),
    line_item_id: model.text().nullable(),
    quantity: model.number().default(0),
    amount: model.bigNumber(),
    currency_code: model.text(),
    method: model.enum([...REFUND_METHODS]),
    payment_id: model.text().nullable(),
    note: model.text().nullable(),
    created_by: model.text().nullable(),
    idempotency_key: model.text().nullable(),
  })
  .indexes([
    { on: ["order_id"] },
    { on: ["order_group_id"] },
    { on: ["idempotency_key"], unique: true, where: "idempotency_key IS NOT NULL AND deleted_at IS NULL" },
  ])
