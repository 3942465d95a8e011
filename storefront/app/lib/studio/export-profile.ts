// The export profile form (no server code): its fields, named exactly as the export-listings API
// names them so a readiness reason's `field` and a refusal's path find their input, the form to the
// body of `POST /creator/products/:id/export-profile`, and the API's English refusals to messages.
import { type FieldErrors, type Values } from "./forms"
import { backendErrors } from "./backend-errors"

export const INCOTERMS = ["EXW", "FCA", "FAS", "FOB", "CFR", "CIF", "CPT", "CIP", "DAP", "DPU", "DDP"] as const

const TEXT = [
  "hs_code",
  "origin_country",
  "customs_description",
  "gtin",
  "maker",
  "edition",
  "cultural_certificate_number",
  "cultural_certificate_issuer",
  "cultural_certificate_date",
  "cites_species",
  "cites_permit",
  "un_number",
  "dg_class",
  "gpsr_manufacturer",
  "gpsr_eu_responsible_person",
  "gpsr_safety_warnings",
  "incoterm",
] as const
const WHOLE = ["weight_g", "length_mm", "width_mm", "height_mm", "production_year"] as const

/** What a variant can say for itself, over the product's values (a size of a carpet weighs more). */
export const VARIANT_FIELDS = ["gtin", "weight_g", "length_mm", "width_mm", "height_mm"] as const
export type VariantOverride = { variant_id: string } & Partial<Record<(typeof VARIANT_FIELDS)[number], string | number | null>>
/** A variant's input: `v.<variant id>.<field>` (its id on the page `f-v-<variant id>-<field>`). */
export const variantField = (variantId: string, field: string) => `v.${variantId}.${field}`

/** Every field of the form (the order the API checks them does not matter: each error finds its own). */
export const EXPORT_FIELDS: string[] = [...TEXT, ...WHOLE, "materials", "dangerous_goods"]
/** What the export page can fix: its form's fields and the certificate document below the form. */
export const EXPORT_PAGE_FIELDS: string[] = [...EXPORT_FIELDS, "cultural_certificate_file"]

/** The readiness reasons' fields that are fixed on the listing's own page, and where there. */
export const LISTING_ANCHORS: Record<string, string> = {
  title: "f-title",
  description: "f-description",
  images: "images-heading",
  prices: "variants-heading",
  kind: "f-title",
}

export type ExportProfile = Partial<Record<(typeof TEXT)[number], string | null>> &
  Partial<Record<(typeof WHOLE)[number], number | null>> & {
    hs_edition?: string
    materials?: string[] | null
    dangerous_goods?: boolean
    variants?: VariantOverride[]
    /** the cultural-goods certificate document on file (the file itself stays private in the backend) */
    cultural_certificate_file?: { filename: string; mime_type: string; size: number } | null
  }

type Parsed = { ok: true; body: Record<string, unknown> } | { ok: false; errors: FieldErrors; body: Record<string, unknown> }

/**
 * The form to the API's body: an empty input clears its field (null); numbers are checked here, the
 * rest by the API. A variant is sent when it says something or had something to clear (`overridden`).
 * A number refused here stays in the body as typed (text), so the API, which takes only numbers there,
 * refuses the whole body and stores nothing, yet names its own mistakes in the same answer.
 */
export function parseExportProfile(values: Values, variantIds: string[] = [], overridden: string[] = []): Parsed {
  const errors: FieldErrors = {}
  const body: Record<string, unknown> = {}
  for (const field of TEXT) {
    const value = (values[field] ?? "").trim()
    body[field] = value || null
  }
  if (body.origin_country) body.origin_country = String(body.origin_country).toUpperCase()
  if (body.hs_code) body.hs_code = String(body.hs_code).replace(/[\s.]/g, "")
  for (const field of WHOLE) {
    const value = (values[field] ?? "").trim()
    const whole = /^\d{1,8}$/.test(value)
    if (value && !whole) errors[field] = "studio.error.wholeNumber"
    body[field] = value ? (whole ? Number(value) : value) : null
  }
  const materials = (values.materials ?? "")
    .split(",")
    .map((m) => m.trim())
    .filter(Boolean)
  body.materials = materials.length ? materials : null
  body.dangerous_goods = values.dangerous_goods === "on"
  const variants = []
  for (const id of variantIds) {
    const override: Record<string, unknown> = { variant_id: id }
    for (const field of VARIANT_FIELDS) {
      const name = variantField(id, field)
      const value = (values[name] ?? "").trim()
      const number = field !== "gtin" && /^\d{1,8}$/.test(value)
      if (field !== "gtin" && value && !number) errors[name] = "studio.error.wholeNumber"
      override[field] = value ? (number ? Number(value) : value) : null
    }
    if (overridden.includes(id) || VARIANT_FIELDS.some((f) => override[f] !== null)) variants.push(override)
  }
  body.variants = variants
  return Object.keys(errors).length ? { ok: false, errors, body } : { ok: true, body }
}

/** The stored profile as the form's values (dates as yyyy-mm-dd, materials comma-separated). */
export function profileValues(profile: ExportProfile | null): Values {
  const values: Values = {}
  for (const field of [...TEXT, ...WHOLE]) {
    const value = profile?.[field]
    if (value !== null && value !== undefined) values[field] = String(value)
  }
  if (values.cultural_certificate_date) values.cultural_certificate_date = values.cultural_certificate_date.slice(0, 10)
  if (profile?.materials?.length) values.materials = profile.materials.join(", ")
  if (profile?.dangerous_goods) values.dangerous_goods = "on"
  for (const override of profile?.variants ?? [])
    for (const field of VARIANT_FIELDS) {
      const value = override[field]
      if (value !== null && value !== undefined) values[variantField(override.variant_id, field)] = String(value)
    }
  return values
}

const E = "studio.export.error"

/** The export-listings validators' sentences (see its validators.ts and lib/gtin.ts), most specific first. */
const KNOWN: [RegExp, string][] = [
  [/8, 12, 13 or 14 digits/, `${E}.gtinLength`],
  [/check digit/, `${E}.gtinCheck`],
  [/restricted GS1 prefix/, `${E}.gtinPrefix`],
  [/six-digit HS subheading/, `${E}.hsFormat`],
  [/not a subheading of HS/, `${E}.hsUnknown`],
  [/ISO 3166-1/, `${E}.country`],
  [/at most 50 characters/, `${E}.customsLong`],
  [/year such as/, `${E}.year`],
  [/date such as/, `${E}.date`],
  [/in the future/, `${E}.future`],
  [/UN1263/, `${E}.unNumber`],
  [/hazard class/, `${E}.dgClass`],
  [/whole number|negative|too large/, "studio.error.wholeNumber"],
  [/Too big|too long|at most/i, "studio.error.tooLong"],
  [/Invalid option/i, "studio.error.choice"],
]

/**
 * `gtin: has a wrong check digit; variants.1.gtin: …` to errors on the form's fields, in the
 * reader's language; `variants.N` is the N-th variant sent (`sentVariants`).
 */
export function exportErrors(message: string, sentVariants: string[] = []): FieldErrors {
  const errors: FieldErrors = {}
  const rest: string[] = []
  for (const part of message.replace(/\s*\(and \d+ more\)\.?$/, "").split("; ")) {
    const [, index, field] = /^variants\.(\d+)\.(\w+)/.exec(part) ?? []
    const id = index === undefined ? undefined : sentVariants[Number(index)]
    if (id && (VARIANT_FIELDS as readonly string[]).includes(field!))
      errors[variantField(id, field!)] ??= KNOWN.find(([pattern]) => pattern.test(part))?.[1] ?? "studio.error.invalid"
    else rest.push(part)
  }
  return { ...(rest.length ? backendErrors(rest.join("; "), EXPORT_FIELDS, [], { known: KNOWN }) : {}), ...errors }
}
