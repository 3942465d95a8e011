// The studio's delivery-option form (no server code): one schema for the page's fields, turned
// into the body POST /creator/shipping-options takes (docs/decisions/041).
import { z } from "zod"
import type { MessageKey } from "~/lib/i18n"
import { backendErrors, fieldOfPath } from "./backend-errors"
import { FIELD_ERRORS as E, type FieldErrors, type Values } from "./forms"

export const DELIVERY_CURRENCIES = ["azn", "eur", "usd"] as const

const FEE_ERROR = "studio.delivery.feeInvalid"
const fee = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : Number(value.replace(",", "."))))
  .refine((value) => value === undefined || (Number.isFinite(value) && value >= 0 && value <= 10000), FEE_ERROR)

/** The languages an option's name is translated into (English, the base, is `name`). */
export const NAME_LOCALES = ["az", "ru"] as const
const translatedName = z.string().trim().max(100, E.tooLong)

export const DeliveryForm = z.object({
  name: z.string().trim().min(1, E.required).max(100, E.tooLong),
  "tr.name.az": translatedName,
  "tr.name.ru": translatedName,
  azn: fee.refine((value) => value !== undefined, E.required),
  eur: fee,
  usd: fee,
  service_zone_id: z.string().trim().optional(),
})

export type DeliveryBody = {
  name: string
  translations?: { name: Partial<Record<(typeof NAME_LOCALES)[number], string | null>> }
  prices: { azn: number; eur?: number; usd?: number }
  service_zone_id?: string
}

/**
 * The form's values as the creator API's body, or the errors by field. A new option sends the
 * names written; an edit also sends a cleared one as `null`, which removes it (the buyer then
 * reads the English name).
 */
export function deliveryBody(values: Values, editing = false): { body: DeliveryBody } | { errors: FieldErrors } {
  const parsed = DeliveryForm.safeParse({ eur: "", usd: "", azn: "", name: "", "tr.name.az": "", "tr.name.ru": "", ...values })
  if (!parsed.success) return { errors: Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message])) }
  const { name, azn, eur, usd, service_zone_id } = parsed.data
  const prices = { azn: azn!, ...(eur !== undefined ? { eur } : {}), ...(usd !== undefined ? { usd } : {}) }
  const names = Object.fromEntries(
    NAME_LOCALES.map((locale) => [locale, parsed.data[`tr.name.${locale}`] || (editing ? null : undefined)]).filter(
      ([, v]) => v !== undefined,
    ),
  )
  const translations = Object.keys(names).length ? { translations: { name: names } } : {}
  return { body: { name, ...translations, prices, ...(service_zone_id ? { service_zone_id } : {}) } }
}

/**
 * The creator API's refusal on the form's fields: a fee missing for the currency the zone's buyers
 * pay in ("… (prices.eur) …", docs/decisions/043) lands on that currency's fee.
 */
export function deliveryErrors(message: string): FieldErrors {
  const missing = /^Buyers in the /.test(message) ? [...message.matchAll(/\bprices\.(azn|eur|usd)\b/g)].map((m) => m[1]!) : []
  if (missing.length) return Object.fromEntries(missing.map((currency) => [currency, "studio.delivery.zoneNeedsFee"]))
  const fields = ["name", ...NAME_LOCALES.map((locale) => `tr.name.${locale}`), ...DELIVERY_CURRENCIES]
  // "prices.eur: …" names the EUR fee's field, "translations.name.az: …" the Azerbaijani name's
  const fieldOf = (path: string) => (path.startsWith("prices.") ? path.slice("prices.".length) : fieldOfPath(path))
  return backendErrors(message, fields, [], { fieldOf })
}

export type DeliveryZone = { id: string; name: string; currencies?: string[] }

/**
 * Whether an option in `zone` needs a fee in `currency`: AZN always (041), and each currency the
 * zone's buyers pay in (043). The creator API refuses the rest; the form only says so up front.
 */
export const feeNeeded = (currency: string, zone?: DeliveryZone) => currency === "azn" || Boolean(zone?.currencies?.includes(currency))

/**
 * The marketplace's zones are named in English in Medusa (the seed's markets); the studio reads
 * them in its language. A zone an operator added under another name keeps it.
 */
const ZONE_NAMES: Record<string, MessageKey> = {
  Azerbaijan: "studio.delivery.zoneName.azerbaijan",
  Europe: "studio.delivery.zoneName.europe",
  International: "studio.delivery.zoneName.international",
}

/** A zone's name in the studio's language. */
export const zoneName = (name: string, t: (key: MessageKey) => string) => (ZONE_NAMES[name] ? t(ZONE_NAMES[name]) : name)

/** A zone as the form offers it: its name and, in brackets, the currencies its buyers pay in. */
export const zoneLabel = (zone: { name: string; currencies?: string[] }, t: (key: MessageKey) => string) =>
  zone.currencies?.length ? `${zoneName(zone.name, t)} (${zone.currencies.map((c) => c.toUpperCase()).join(", ")})` : zoneName(zone.name, t)
