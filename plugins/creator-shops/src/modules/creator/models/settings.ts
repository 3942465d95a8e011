import { model } from "@medusajs/framework/utils"

/** Operator settings for the marketplace; a single row. */
export const MarketplaceSettings = model.define("marketplace_settings", {
  id: model.id({ prefix: "mkset" }).primaryKey(),
  auto_approve_creators: model.boolean().default(false),
  require_listing_moderation: model.boolean().default(false),
})
