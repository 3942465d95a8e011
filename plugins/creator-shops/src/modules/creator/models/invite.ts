import { model } from "@medusajs/framework/utils"
import { MEMBER_ROLES } from "../types"
import { Creator } from "./creator"

/** An owner's invitation; the token itself is never stored, only its SHA-256. */
export const CreatorInvite = model.define("creator_invite", {
  id: model.id({ prefix: "crinv" }).primaryKey(),
  email: model.text(),
  role: model.enum([...MEMBER_ROLES]),
  token_hash: model.text(),
  expires_at: model.dateTime(),
  accepted_at: model.dateTime().nullable(),
  invited_by: model.text(),
  creator: model.belongsTo(() => Creator, { mappedBy: "invites" }),
})
