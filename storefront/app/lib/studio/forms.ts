// Form logic shared by the studio's pages and actions (no server code): one zod schema per form
// over the form's own field names, so an error lands next to the field that caused it. The
// backend's 400 messages are mapped back onto those fields in `backend-errors.ts`.
import { z } from "zod"

import { CURRENCY_CODES, KINDS, PROGRAMMES, STUDIO_LOCALES } from "./constants"

export { CURRENCY_CODES, KINDS, PROGRAMMES, STUDIO_LOCALES }

/** field name → message key (translated where it is shown) */
export type FieldErrors = Record<string, string>
export type Values = Record<string, string>

/** The message keys of a field's errors (translated where they are shown). */
export const FIELD_ERRORS = {
  required: "studio.error.required",
  tooLong: "studio.error.tooLong",
  handle: "studio.error.handle",
  voen: "studio.error.voen",
  url: "studio.error.url",
  email: "studio.error.email",
  password: "studio.error.password",
  price: "studio.error.price",
  wholeNumber: "studio.error.wholeNumber",
  onePrice: "studio.error.onePrice",
  choice: "studio.error.choice",
} as const
const E = FIELD_ERRORS

const HANDLE = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/
const text = (max: number) => z.string().trim().max(max, E.tooLong)
const required = (max: number) => text(max).min(1, E.required)
const optionalUrl = z
  .string()
  .trim()
  .max(2000, E.tooLong)
  .refine((v) => !v || (URL.canParse(v) && /^https?:$/.test(new URL(v).protocol)), E.url)
const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .trim()
    .refine((v) => !v || (/^\d+$/.test(v) && Number(v) >= min && Number(v) <= max), E.wholeNumber)
const amount = z
  .string()
  .trim()
  .refine(
    (v) => !v || (/^\d+([.,]\d{1,2})?$/.test(v) && Number(v.replace(",", ".")) > 0 && Number(v.replace(",", ".")) <= 10_000_000),
    E.price,
  )

/** FormData → plain strings (files and repeated names are not used by these forms). */
export function formValues(form: FormData): Values {
  const values: Values = {}
  for (const [key, value] of form.entries()) if (typeof value === "string") values[key] = value
  return values
}

export function issues(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {}
  for (const issue of error.issues) {
    const field = issue.path.map(String).join(".")
    errors[field] ??= issue.message.startsWith("studio.") ? issue.message : E.choice
  }
  return errors
}

type Parsed<T> = { ok: true; body: T } | { ok: false; errors: FieldErrors }

// ---------- the shop ----------

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

// ---------- products ----------

const productText = {
  title: required(200),
  subtitle: text(200),
  description: text(10_000),
  "tr.title.az": text(200),
  "tr.title.ru": text(200),
  "tr.subtitle.az": text(200),
  "tr.subtitle.ru": text(200),
  "tr.description.az": text(10_000),
  "tr.description.ru": text(10_000),
  tags: text(1200),
}
const serviceFields = {
  delivery: z.enum(["remote", "onsite"], E.choice),
  lead_time_days: wholeNumber(0, 365).refine((v) => v !== "", E.required),
}
const digitalFields = { download_limit: wholeNumber(1, 100), download_ttl_hours: wholeNumber(1, 24 * 365) }
const variantFields = {
  variant_title: required(120),
  sku: text(64),
  "price.azn": amount,
  "price.eur": amount,
  "price.usd": amount,
  stock: wholeNumber(0, 1_000_000),
  weight: wholeNumber(1, 1_000_000),
}

type TextFields = { [K in keyof typeof productText]: string }

function textBody(v: TextFields) {
  const translations: Record<string, Record<string, string>> = {}
  for (const field of ["title", "subtitle", "description"] as const) {
    for (const locale of ["az", "ru"] as const) {
      const value = v[`tr.${field}.${locale}`]
      if (value) (translations[field] ??= {})[locale] = value
    }
  }
  const tags = v.tags
    .split(",")
    .map((t) => t.trim())
    .filter(Boolean)
  return {
    title: v.title,
    subtitle: v.subtitle || null,
    description: v.description || null,
    ...(Object.keys(translations).length ? { translations } : {}),
    tags,
  }
}

function textRules(v: TextFields, ctx: z.RefinementCtx) {
  for (const field of ["subtitle", "description"] as const) {
    for (const locale of ["az", "ru"] as const) {
      if (v[`tr.${field}.${locale}`] && !v[field]) ctx.addIssue({ code: "custom", path: [field], message: E.required })
    }
  }
}

/** Prices in the order they are sent, so a backend path `prices.N` finds its field again. */
function pricesOf(v: Record<string, string>) {
  return CURRENCY_CODES.filter((c) => v[`price.${c}`]).map((c) => ({
    currency_code: c,
    amount: Number(v[`price.${c}`]!.replace(",", ".")),
  }))
}

function variantRules(kind: string, v: Record<string, string>, ctx: z.RefinementCtx) {
  if (!pricesOf(v).length) ctx.addIssue({ code: "custom", path: ["price.azn"], message: E.onePrice })
  if (kind === "physical" && v.stock === "") ctx.addIssue({ code: "custom", path: ["stock"], message: E.required })
}

export type OptionInput = { title: string; values: string[] }

/** `option.0.title` + `option.0.values` ("S, M, L") pairs, up to three; empty rows are skipped. */
export function optionsOf(values: Values): OptionInput[] {
  return [0, 1, 2]
    .map((i) => ({
      title: (values[`option.${i}.title`] ?? "").trim(),
      values: (values[`option.${i}.values`] ?? "")
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
    }))
    .filter((o) => o.title || o.values.length)
}

function variantBody(kind: string, v: Record<string, string>, options: OptionInput[], optionValue: (i: number, title: string) => string) {
  return {
    title: v.variant_title,
    ...(v.sku ? { sku: v.sku } : {}),
    prices: pricesOf(v),
    ...(kind === "physical" ? { stock: Number(v.stock || 0), ...(v.weight ? { weight: Number(v.weight) } : {}) } : {}),
    ...(options.length ? { options: Object.fromEntries(options.map((o, i) => [o.title, optionValue(i, o.title)])) } : {}),
  }
}

const kindField = z.enum(KINDS, E.choice)

/** The new-listing form: the product's texts, its kind's details, its options and a first variant. */
export function parseNewProduct(values: Values): Parsed<Record<string, unknown>> {
  const kind = values.kind ?? ""
  const shape = z
    .object({
      kind: kindField,
      handle: z
        .string()
        .trim()
        .refine((v) => !v || HANDLE.test(v), E.handle),
      ...productText,
      ...variantFields,
      ...(kind === "service" ? serviceFields : {}),
      ...(kind === "digital" ? digitalFields : {}),
    })
    .superRefine((v, ctx) => {
      textRules(v as TextFields, ctx)
      variantRules(kind, v as Record<string, string>, ctx)
    })
  const result = shape.safeParse(withDefaults(values, shape.shape))
  const errors: FieldErrors = result.success ? {} : issues(result.error)
  const options = optionsOf(values)
  options.forEach((o, i) => {
    if (!o.title) errors[`option.${i}.title`] ??= E.required
    if (!o.values.length) errors[`option.${i}.values`] ??= E.required
    if (!(values[`opt.${i}`] ?? "").trim()) errors[`opt.${i}`] ??= E.required
  })
  if (!result.success || Object.keys(errors).length) return { ok: false, errors }
  const v = result.data as Record<string, string>
  const body: Record<string, unknown> = {
    kind: v.kind,
    ...(v.handle ? { handle: v.handle } : {}),
    ...textBody(v as TextFields),
    ...(options.length ? { options } : {}),
    variants: [variantBody(kind, v, options, (i) => values[`opt.${i}`]!.trim())],
  }
  if (kind === "service")
    body.service = { delivery: v.delivery, lead_time_days: Number(v.lead_time_days), date_required: values.date_required === "on" }
  if (kind === "digital")
    body.digital = { download_limit: Number(v.download_limit || 5), download_ttl_hours: Number(v.download_ttl_hours || 72) }
  return { ok: true, body }
}

/** The edit form: texts and the kind's details (variants have their own forms). */
export function parseProductUpdate(kind: string, values: Values): Parsed<Record<string, unknown>> {
  const shape = z
    .object({ ...productText, ...(kind === "service" ? serviceFields : {}), ...(kind === "digital" ? digitalFields : {}) })
    .superRefine((v, ctx) => textRules(v as TextFields, ctx))
  const result = shape.safeParse(withDefaults(values, shape.shape))
  if (!result.success) return { ok: false, errors: issues(result.error) }
  const v = result.data as Record<string, string>
  const body: Record<string, unknown> = textBody(v as TextFields)
  if (kind === "service")
    body.service = { delivery: v.delivery, lead_time_days: Number(v.lead_time_days), date_required: values.date_required === "on" }
  if (kind === "digital") {
    body.digital = {
      ...(v.download_limit ? { download_limit: Number(v.download_limit) } : {}),
      ...(v.download_ttl_hours ? { download_ttl_hours: Number(v.download_ttl_hours) } : {}),
    }
  }
  return { ok: true, body }
}

/** One variant (a size, a colour, a licence tier …): its prices, stock and option values. */
export function parseVariant(kind: string, optionTitles: string[], values: Values): Parsed<Record<string, unknown>> {
  const shape = z.object(variantFields).superRefine((v, ctx) => variantRules(kind, v, ctx))
  const result = shape.safeParse(withDefaults(values, shape.shape))
  const errors: FieldErrors = result.success ? {} : issues(result.error)
  optionTitles.forEach((_, i) => {
    if (!(values[`opt.${i}`] ?? "").trim()) errors[`opt.${i}`] ??= E.required
  })
  if (!result.success || Object.keys(errors).length) return { ok: false, errors }
  const options = optionTitles.map((title) => ({ title, values: [] }))
  return { ok: true, body: variantBody(kind, result.data, options, (i) => values[`opt.${i}`]!.trim()) }
}

/** Missing text fields are empty strings (an unticked or absent input sends nothing). */
function withDefaults(values: Values, shape: Record<string, unknown>) {
  return Object.fromEntries(Object.keys(shape).map((key) => [key, values[key] ?? ""]))
}
