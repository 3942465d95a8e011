import { model } from "@medusajs/framework/utils"

export const COMMISSION_SCOPES = ["creator", "category", "programme", "global"] as const
export const COMMISSION_TYPES = ["percentage", "fixed"] as const

/**
 * What the marketplace keeps of a line: a percentage, or a fixed amount per unit in one
 * currency. `reference` names the creator id, category id or programme; none for global.
 * The most specific matching rule wins (creator, then category, then programme, then global).
 */
export const CommissionRule = model
  .define("commission_rule", {
    id: model.id({ prefix: "comr" }).primaryKey(),
    scope: model.enum([...COMMISSION_SCOPES]),
    reference: model.text().nullable(),
    type: model.enum([...COMMISSION_TYPES]),
    percentage: model.float().nullable(),
    amount: model.bigNumber().nullable(),
    currency_code: model.text().nullable(),
    active: model.boolean().default(true),
  })
  .indexes([{ on: ["scope", "reference"] }])
