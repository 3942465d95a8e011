import { z } from "@medusajs/framework/zod"
import { CREATOR_STATUSES, PROGRAMMES } from "../../modules/creator/types"
import { MODERATION_STATUSES } from "../../modules/listing/types"

export const AdminListCreators = z
  .object({
    status: z.enum(CREATOR_STATUSES).optional(),
    programme: z.enum(PROGRAMMES).optional(),
    q: z.string().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type AdminListCreatorsType = z.infer<typeof AdminListCreators>

export const AdminDecision = z.object({ reason: z.string().trim().max(2000).optional() }).strict()
export type AdminDecisionType = z.infer<typeof AdminDecision>

export const AdminListListings = z
  .object({
    moderation_status: z.enum(MODERATION_STATUSES).default("pending"),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type AdminListListingsType = z.infer<typeof AdminListListings>

export const AdminUpdateSettings = z
  .object({ auto_approve_creators: z.boolean(), require_listing_moderation: z.boolean() })
  .partial()
  .strict()
export type AdminUpdateSettingsType = z.infer<typeof AdminUpdateSettings>
