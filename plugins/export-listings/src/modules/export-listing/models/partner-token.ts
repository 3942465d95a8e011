import { model } from "@medusajs/framework/utils"
import { Partner } from "./partner"

/** A partner's access token, stored only as a peppered hash; `expires_at` ends a rotated token's grace period. */
export const PartnerToken = model
  .define("export_partner_token", {
    id: model.id({ prefix: "eptk" }).primaryKey(),
    token_hash: model.text(),
    /** first characters, to tell tokens apart in the Admin */
    hint: model.text(),
    expires_at: model.dateTime().nullable(),
    revoked_at: model.dateTime().nullable(),
    partner: model.belongsTo(() => Partner, { mappedBy: "tokens" }),
  })
  .indexes([{ on: ["token_hash"], unique: true }])
