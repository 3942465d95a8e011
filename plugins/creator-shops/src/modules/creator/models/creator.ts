import { model } from "@medusajs/framework/utils"
import { CREATOR_STATUSES, LEGAL_TYPES, PROGRAMMES } from "../types"
import { CreatorMembership } from "./membership"
import { CreatorStatusChange } from "./status-change"
import { CreatorInvite } from "./invite"

/** A creator's shop. `bio` is translated through Medusa's Translation module (az, en, ru). */
export const Creator = model
  .define("creator", {
    id: model.id({ prefix: "cre" }).primaryKey(),
    handle: model.text().unique(),
    name: model.text().searchable(),
    bio: model.text().translatable().nullable(),
    logo_url: model.text().nullable(),
    banner_url: model.text().nullable(),
    programme: model.enum([...PROGRAMMES]),
    legal_type: model.enum([...LEGAL_TYPES]),
    tax_id: model.text().nullable(),
    email: model.text(),
    country_code: model.text().default("az"),
    status: model.enum([...CREATOR_STATUSES]).default("pending"),
    status_reason: model.text().nullable(),
    status_changed_at: model.dateTime().nullable(),
    metadata: model.json().nullable(),
    memberships: model.hasMany(() => CreatorMembership, { mappedBy: "creator" }),
    status_changes: model.hasMany(() => CreatorStatusChange, { mappedBy: "creator" }),
    invites: model.hasMany(() => CreatorInvite, { mappedBy: "creator" }),
  })
  .cascades({ delete: ["memberships", "status_changes", "invites"] })
  .indexes([{ on: ["status"] }, { on: ["programme", "status"] }])
