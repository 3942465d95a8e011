import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { LOCALES } from "../data/markets"

/**
 * The Translation module ships BCP-47 locales such as en-US and ru-RU but not az; the store's
 * supported locales point at these rows, and `?locale=az` must match a translation's locale_code.
 */
export async function ensureLocales(container: MedusaContainer) {
  const translation = container.resolve(Modules.TRANSLATION)
  const existing = await translation.listLocales({ code: LOCALES.map((locale) => locale.code) }, { select: ["code"] })
  const known = new Set(existing.map((locale) => locale.code))
  const missing = LOCALES.filter((locale) => !known.has(locale.code))
  if (missing.length) await translation.createLocales(missing)
  return LOCALES.map((locale) => locale.code)
}
