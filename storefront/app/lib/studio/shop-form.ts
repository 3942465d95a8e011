// The shop's form (applying and the shop's settings) and a new member's account (applying and
// accepting an invite), as the creator API's bodies (no server code).
import { z } from "zod"
import { PROGRAMMES, STUDIO_LOCALES } from "./constants"
import { FIELD_ERRORS as E, HANDLE, issues, text, type Parsed, type Values } from "./forms"

const optionalUrl = z
  .string()
  .trim()
  .max(2000, E.tooLong)
  .refine((v) => !v || (URL.canParse(v) && /^https?:$/.test(new URL(v).protocol)), E.url)

export const ShopForm = z
  .object({
    handle: z.string().trim().toLowerCase().regex(HANDLE, E.handle),
    name: text(120).min(2, E.required),
    "bio.en": text(4000),
    "bio.az": text(4000),
    "bio.ru": text(4000),
    logo_url: optionalUrl,
    banner_url: optionalUrl,
    programme: z.enum(PROGRAMMES, E.choice),
    legal_type: z.enum(["individual", "company"], E.choice),
    tax_id: z.string().trim(),
    email: z.email(E.email).max(320, E.tooLong),
  })
  .superRefine((shop, ctx) => {
    if (shop.legal_type === "company" && !/^\d{10}$/.test(shop.tax_id)) ctx.addIssue({ code: "custom", path: ["tax_id"], message: E.voen })
    if (shop.legal_type === "individual" && shop.tax_id && !/^\d{10}$/.test(shop.tax_id))
      ctx.addIssue({ code: "custom", path: ["tax_id"], message: E.voen })
  })

export type ShopBody = {
  handle: string
  name: string
  bio: string | null
  bio_translations?: Partial<Record<(typeof STUDIO_LOCALES)[number], string>>
  logo_url: string | null
  banner_url: string | null
  programme: string
  legal_type: string
  tax_id: string | null
  email: string
}

/** The shop form to the body of `POST /creator/signup` (`shop`) or `POST /creator/shop` (without handle). */
export function parseShop(values: Values): Parsed<ShopBody> {
  const result = ShopForm.safeParse({ ...values, handle: values.handle ?? "", tax_id: values.tax_id ?? "" })
  if (!result.success) return { ok: false, errors: issues(result.error) }
  const shop = result.data
  const bios = Object.fromEntries(STUDIO_LOCALES.map((l) => [l, shop[`bio.${l}`]]).filter(([, v]) => v))
  // the base text is English when given, else the first language written; each language is also a translation
  const base = bios.en ?? bios.az ?? bios.ru ?? null
  return {
    ok: true,
    body: {
      handle: shop.handle,
      name: shop.name,
      bio: base,
      ...(base ? { bio_translations: bios } : {}),
      logo_url: shop.logo_url || null,
      banner_url: shop.banner_url || null,
      programme: shop.programme,
      legal_type: shop.legal_type,
      tax_id: shop.tax_id || null,
      email: shop.email,
    },
  }
}

export const Account = z.object({
  account_email: z.email(E.email).max(320, E.tooLong),
  password: z.string().min(10, E.password).max(128, E.password),
})

export function parseAccount(values: Values): Parsed<z.infer<typeof Account>> {
  const result = Account.safeParse({ account_email: values.account_email?.trim().toLowerCase() ?? "", password: values.password ?? "" })
  return result.success ? { ok: true, body: result.data } : { ok: false, errors: issues(result.error) }
}
