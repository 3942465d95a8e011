import { model } from "@medusajs/framework/utils"
import { CreatorMembership } from "./membership"

/** A person who signs in as the `creator` auth actor; may belong to several shops. */
export const CreatorMember = model.define("creator_member", {
  id: model.id({ prefix: "crmem" }).primaryKey(),
  email: model.text().unique(),
  name: model.text().nullable(),
  memberships: model.hasMany(() => CreatorMembership, { mappedBy: "member" }),
})
