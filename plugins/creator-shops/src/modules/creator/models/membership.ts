import { model } from "@medusajs/framework/utils"
import { MEMBER_ROLES } from "../types"
import { Creator } from "./creator"
import { CreatorMember } from "./member"

export const CreatorMembership = model
  .define("creator_membership", {
    id: model.id({ prefix: "crms" }).primaryKey(),
    role: model.enum([...MEMBER_ROLES]),
    creator: model.belongsTo(() => Creator, { mappedBy: "memberships" }),
    member: model.belongsTo(() => CreatorMember, { mappedBy: "memberships" }),
  })
  .indexes([{ on: ["creator_id", "member_id"], unique: true, where: "deleted_at IS NULL" }])
