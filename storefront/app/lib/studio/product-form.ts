// A listing's forms: a new one (texts, its kind's details, options and a first variant), its edit
// form and one variant's form, as the creator API's bodies (no server code).
import { z } from "zod"
import { CURRENCY_CODES, KINDS } from "./constants"
import { FIELD_ERRORS as E, HANDLE, issues, required, text, withDefaults, type FieldErrors, type Parsed, type Values } from "./forms"

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
  delivery: z.enum(["remote", "onsite", "both"], E.choice),
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
