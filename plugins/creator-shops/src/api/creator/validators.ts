import { defaultCountries } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { LEGAL_TYPES, MEMBER_ROLES, PROGRAMMES } from "../../modules/creator/types"
import { forMarkets, type Markets } from "../../utils/markets"

const HANDLE = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/

/** Words the marketplace's own pages and APIs use; a shop called "admin" would read as official. */
const RESERVED_HANDLES = new Set([
  "admin",
  "api",
  "app",
  "auth",
  "checkout",
  "creative-market",
  "creator",
  "creators",
  "help",
  "login",
  "marketplace",
  "new",
  "operator",
  "search",
  "settings",
  "shop",
  "shops",
  "store",
  "studio",
  "support",
])
const COUNTRY_CODES = new Set(defaultCountries.map((country) => country.alpha2.toLowerCase()))

const handle = z.string().regex(HANDLE, "handle must be 2–64 lowercase letters, digits or dashes, not starting or ending with a dash")
const shopHandle = handle.refine((value) => !RESERVED_HANDLES.has(value), "handle is reserved by the marketplace: choose another")
/** Public images of a shop: web addresses only (never javascript:, data: or file:). */
const url = z
  .string()
  .max(2000)
  .refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), "must be an http:// or https:// address")

/** `{ az: "…", ru: "…" }` for one translated text field */
const translatedText = (locales: string[], max: number) =>
  z
    .object(Object.fromEntries(locales.map((locale) => [locale, z.string().trim().min(1).max(max)])))
    .partial()
    .strict()

const shopFields = (markets: Markets) => ({
  name: z.string().trim().min(2).max(120),
  bio: z.string().max(4000).nullish(),
  bio_translations: translatedText(markets.locales, 4000).optional(),
  logo_url: url.nullish(),
  banner_url: url.nullish(),
  programme: z.enum(PROGRAMMES),
  legal_type: z.enum(LEGAL_TYPES),
  tax_id: z
    .string()
    .regex(/^\d{10}$/, "tax_id must be a VÖEN: exactly 10 digits")
    .nullish(),
  email: z.string().email().max(320),
  country_code: z
    .string()
    .toLowerCase()
    .refine((code) => COUNTRY_CODES.has(code), "country_code must be a two-letter ISO 3166 country code, such as az")
    .default("az"),
})

const signUpRules = (
  shop: { legal_type?: string; tax_id?: string | null; bio?: string | null; bio_translations?: object },
  ctx: z.RefinementCtx,
) => {
  if (shop.legal_type === "company" && !shop.tax_id) {
    ctx.addIssue({ code: "custom", path: ["tax_id"], message: "tax_id is required for a company (its 10-digit VÖEN)" })
  }
  if (shop.bio_translations && !shop.bio) {
    ctx.addIssue({
      code: "custom",
      path: ["bio_translations"],
      message: "bio_translations needs the bio itself too (the text in the base language)",
    })
  }
}

export const CreatorSignUp = forMarkets((markets) =>
  z
    .object({
      member: z
        .object({ name: z.string().trim().min(1).max(120).optional() })
        .strict()
        .default({}),
      shop: z
        .object({ handle: shopHandle, ...shopFields(markets) })
        .strict()
        .superRefine(signUpRules),
    })
    .strict(),
)
export type CreatorSignUpType = z.infer<ReturnType<typeof CreatorSignUp>>

export const CreatorUpdateShop = forMarkets((markets) => z.object(shopFields(markets)).omit({ country_code: true }).partial().strict())
export type CreatorUpdateShopType = z.infer<ReturnType<typeof CreatorUpdateShop>>

/** `locale`: the language the invitation is written in and its link opens in (the inviter's studio's). */
export const CreatorCreateInvite = (markets: Markets) =>
  z
    .object({
      email: z.string().email().max(320),
      role: z.enum(MEMBER_ROLES).default("staff"),
      locale: z.enum(markets.locales as [string, ...string[]]).optional(),
    })
    .strict()
export type CreatorCreateInviteType = z.infer<ReturnType<typeof CreatorCreateInvite>>

export const CreatorAcceptInvite = z
  .object({ token: z.string().min(10).max(2000), name: z.string().trim().min(1).max(120).optional() })
  .strict()
export type CreatorAcceptInviteType = z.infer<typeof CreatorAcceptInvite>

export const CreatorUpdateMember = z.object({ role: z.enum(MEMBER_ROLES) }).strict()
export type CreatorUpdateMemberType = z.infer<typeof CreatorUpdateMember>

export { translatedText, handle }
