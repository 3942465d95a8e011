import { model } from "@medusajs/framework/utils"
import { MODERATION_STATUSES } from "../types"
import { Listing } from "./listing"

/** Every submission and operator decision on a listing, with its reason. */
export const ModerationDecision = model.define("listing_moderation_decision", {
  id: model.id({ prefix: "lmod" }).primaryKey(),
  status: model.enum([...MODERATION_STATUSES]),
  reason: model.text().nullable(),
  actor_type: model.text(),
  actor_id: model.text().nullable(),
  listing: model.belongsTo(() => Listing, { mappedBy: "decisions" }),
})
