// The backend's 400 answers ("shop.handle is reserved …; variants.0.prices.0.amount: …") mapped back
// onto the studio form fields they name, in the reader's language (no server code).
import { FIELD_ERRORS as E, type FieldErrors } from "./forms"

/** Which form field a backend path names (`variants.0.prices.1.amount` → `price.eur`). */
export function fieldOfPath(path: string, sentPrices: string[] = []): string {
  const parts = path.split(".")
  if (parts[0] === "shop") return fieldOfPath(parts.slice(1).join("."), sentPrices)
  if (parts[0] === "bio_translations" || parts[0] === "bio") return parts[1] ? `bio.${parts[1]}` : "bio.en"
  if (parts[0] === "translations" && parts[1]) return parts[2] ? `tr.${parts[1]}.${parts[2]}` : parts[1]
  if (parts[0] === "service" || parts[0] === "digital") return parts[1] ?? parts[0]
  if (parts[0] === "options" && parts[1]) return `option.${parts[1]}.${parts[2] === "title" ? "title" : "values"}`
  const variant = parts[0] === "variants" ? parts.slice(2) : parts
  if (parts[0] === "variants" && !parts[2]) return "variant_title"
  if (variant[0] === "prices") return `price.${sentPrices[Number(variant[1])] ?? "azn"}`
  if (variant[0] === "title" && parts[0] === "variants") return "variant_title"
  if (variant[0] === "options") return "opt.0"
  return variant[0] ?? path
}

const KNOWN: [RegExp, string][] = [
  [/last variant|Add a variant/i, "studio.products.needsVariant"],
  [/ is one of .+, not /, "studio.products.optionValue"],
  [/files buyers will receive|last file/i, "studio.products.needsFile"],
  [/handle.*(taken|reserved)/i, "studio.error.handleTaken"],
  [/sku/i, "studio.error.sku"],
  [/tax_id|VÖEN/i, E.voen],
  [/http:\/\/ or https:\/\//, E.url],
  [/e-?mail/i, E.email],
  [/handle/i, E.handle],
  [/prices/i, E.price],
]

export type BackendErrorOptions = {
  /** the form field a backend path names (default: the product form's paths) */
  fieldOf?: (path: string) => string
  /** the backend's sentences and their messages (another API's forms bring their own) */
  known?: [RegExp, string][]
}

/**
 * A backend refusal ("shop.handle is reserved …; variants.0.prices.0.amount: …") to errors on the
 * form's fields, in the reader's language; what names no field becomes the form's own error.
 */
export function backendErrors(
  message: string,
  fields: string[],
  sentPrices: string[] = [],
  options: BackendErrorOptions = {},
): FieldErrors {
  const { fieldOf = (path: string) => fieldOfPath(path, sentPrices), known = KNOWN } = options
  const errors: FieldErrors = {}
  for (const part of message.replace(/\s*\(and \d+ more\)\.?$/, "").split("; ")) {
    const path = /^([a-z_]+(?:\.[a-z0-9_]+)*)(?::|\s)/i.exec(part)?.[1] ?? ""
    const field = path ? fieldOf(path) : ""
    const key = known.find(([pattern]) => pattern.test(part))?.[1] ?? "studio.error.invalid"
    if (field && fields.includes(field)) errors[field] ??= key
    else if (/handle/i.test(part) && fields.includes("handle")) errors.handle ??= key
    else errors.form ??= key === "studio.error.invalid" ? "studio.error.refused" : key
  }
  return errors
}

/** The currencies of the prices in a body, in their order (for `fieldOfPath`). */
export function sentCurrencies(body: Record<string, unknown>): string[] {
  const variant =
    (body.variants as { prices?: { currency_code: string }[] }[] | undefined)?.[0] ?? (body as { prices?: { currency_code: string }[] })
  return (variant.prices ?? []).map((p) => p.currency_code)
}
