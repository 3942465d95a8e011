import { z } from "@medusajs/framework/zod"
import { isCountryCode } from "../../lib/countries"
import { FEED_FORMATS, ITEM_KINDS } from "../../modules/export-listing/types"

const partnerFields = {
  name: z.string().trim().min(1).max(200),
  format: z.enum(FEED_FORMATS),
  market_country: z
    .string()
    .trim()
    .transform((v) => v.toUpperCase())
    .refine(isCountryCode, "must be an ISO 3166-1 alpha-2 country code such as DE"),
  language: z.enum(["en", "az", "ru"], "must be one of the store's languages: en, az, ru"),
  currency: z.enum(["azn", "eur", "usd"], "must be one of the store's currencies: azn, eur, usd"),
  allowed_kinds: z.array(z.enum(ITEM_KINDS)).min(1),
  postal: z.boolean(),
  rate_limit_per_minute: z.number().int().min(1).max(10_000),
  max_shrink: z.number().min(0).max(1),
  active: z.boolean(),
}

export const AdminCreatePartner = z
  .object({
    ...partnerFields,
    allowed_kinds: partnerFields.allowed_kinds.default(["physical"]),
    postal: partnerFields.postal.default(true),
    rate_limit_per_minute: partnerFields.rate_limit_per_minute.default(60),
    max_shrink: partnerFields.max_shrink.default(0.5),
    active: partnerFields.active.default(true),
  })
  .strict()
export type AdminCreatePartnerType = z.infer<typeof AdminCreatePartner>

export const AdminUpdatePartner = z.object(partnerFields).partial().strict()
export type AdminUpdatePartnerType = z.infer<typeof AdminUpdatePartner>

export const AdminRotateToken = z
  .object({
    grace_hours: z
      .number()
      .min(0)
      .max(24 * 30)
      .default(24),
  })
  .strict()
export type AdminRotateTokenType = z.infer<typeof AdminRotateToken>

export const AdminBuildFeed = z.object({ confirm: z.boolean().default(false) }).strict()
export type AdminBuildFeedType = z.infer<typeof AdminBuildFeed>
