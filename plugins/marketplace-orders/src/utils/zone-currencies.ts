import { MedusaError } from "@medusajs/framework/utils"

export type ZoneCurrencies = { name: string; currencies: string[] }

/**
 * The currencies a zone's buyers pay in: those of the regions holding any of its countries (the
 * seed's Europe zone is the Europe region's countries, so EUR).
 */
export function zoneCurrencies(zoneCountries: string[], regions: { currency_code: string; countries: string[] }[]) {
  const countries = new Set(zoneCountries.map((c) => c.toLowerCase()))
  const currencies = regions.filter((r) => r.countries.some((c) => countries.has(c.toLowerCase()))).map((r) => r.currency_code)
  return [...new Set(currencies)].sort()
}

/**
 * An option with no price in a currency its zone's buyers pay in is never offered to them (Medusa
 * lists an option only with a price in the cart's currency), so the shop would believe it ships
 * there while nobody can choose it: refused, naming the currency (docs/decisions/043).
 */
export function assertZonePrices(zone: ZoneCurrencies, prices: Record<string, number | undefined>) {
  const missing = zone.currencies.filter((currency) => prices[currency] === undefined)
  if (!missing.length) return
  const names = missing.map((c) => c.toUpperCase()).join(" and ")
  const fields = missing.map((c) => `prices.${c}`).join(", ")
  throw new MedusaError(
    MedusaError.Types.INVALID_DATA,
    `Buyers in the ${zone.name} zone pay in ${names}: give this option a fee in ${names} (${fields}) to offer it there.`,
  )
}
