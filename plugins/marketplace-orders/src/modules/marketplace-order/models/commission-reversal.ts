import { model } from "@medusajs/framework/utils"

/**
 * The share of a line's commission the marketplace gives up when the line is refunded, in
 * proportion to the money refunded. A new row per refund: the commission line itself never changes.
 */
export const CommissionReversal = model
  .define("commission_reversal", {
    id: model.id({ prefix: "comv" }).primaryKey(),
    commission_line_id: model.text(),
    refund_id: model.text(),
    order_id: model.text(),
    line_item_id: model.text(),
    currency_code: model.text(),
    amount: model.bigNumber(),
  })
  .indexes([{ on: ["commission_line_id"] }, { on: ["order_id"] }])
