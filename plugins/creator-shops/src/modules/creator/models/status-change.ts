import { model } from "@medusajs/framework/utils"
import { CREATOR_STATUSES } from "../types"
import { Creator } from "./creator"

/** The audit trail of a shop's status: who changed it, when, why. */
export const CreatorStatusChange = model.define("creator_status_change", {
  id: model.id({ prefix: "crsc" }).primaryKey(),
  from_status: model.enum([...CREATOR_STATUSES]).nullable(),
  to_status: model.enum([...CREATOR_STATUSES]),
  reason: model.text().nullable(),
  actor_type: model.text(),
  actor_id: model.text().nullable(),
  creator: model.belongsTo(() => Creator, { mappedBy: "status_changes" }),
})
