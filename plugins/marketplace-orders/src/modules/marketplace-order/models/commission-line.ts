import { model } from "@medusajs/framework/utils"

/**
 * The commission of one order line, fixed at order time with the rule that applied (a later
 * rule change never rewrites it); refunds add `commission_reversal` rows, in proportion.
 */
export const CommissionLine = model
  .define("commission_line", {
    id: model.id({ prefix: "coml" }).primaryKey(),
    order_id: model.text(),
    line_item_id: model.text(),
    creator_id: model.text().nullable(),
    currency_code: model.text(),
    base_amount: model.bigNumber(),
    amount: model.bigNumber(),
    rule_id: model.text().nullable(),
    rule: model.json().nullable(),
  })
  .indexes([{ on: ["order_id"] }, { on: ["creator_id"] }, { on: ["line_item_id"], unique: true, where: "deleted_at IS NULL" }])
