import { createContext, type Session } from "react-router"
import { isCurrency, type Currency } from "./format"
import type { Locale } from "./i18n"
import { cached } from "./cache.server"
import { store } from "./medusa.server"
import type { SessionData } from "./session.server"
import type { Region } from "./types"

/** Per request: the visitor's locale, region and session; set by the locale layout's middleware. */
export type Shop = {
  locale: Locale
  region: Region
  currency: Currency
  session: Session<SessionData>
  token: string | null
  scope: { regionId: string; locale: string }
}
export const shopContext = createContext<Shop>()

export async function regions(): Promise<Region[]> {
  return cached("regions", 5 * 60_000, async () => (await store<{ regions: Region[] }>("/store/regions", { query: { limit: 10 } })).regions)
}

export async function regionFor(currency: Currency): Promise<Region> {
  const all = await regions()
  const region = all.find((r) => r.currency_code === currency) ?? all[0]
  if (!region) throw new Response("The shop has no regions configured.", { status: 503 })
  return region
}

/**
 * The region that sells to `country` (ISO alpha-2, any case), as a partner feed's link names it with
 * `?country=`: null for a country no region serves, or one whose currency this storefront cannot show.
 */
export async function regionForCountry(country: string | null): Promise<Region | null> {
  if (!country || !/^[a-z]{2}$/i.test(country)) return null
  const code = country.toLowerCase()
  const region = (await regions()).find((r) => r.countries?.some((c) => c.iso_2 === code))
  return region && isCurrency(region.currency_code) ? region : null
}

/**
 * The countries the visitor's region ships to, named in the visitor's language (Medusa names them in
 * English only): the region's first (the address form's default) first, the rest in the
 * alphabetical order of that language (Medusa's order follows the English names).
 */
export function regionCountries(shop: Shop): { code: string; name: string }[] {
  const names = new Intl.DisplayNames([shop.locale], { type: "region" })
  const collator = new Intl.Collator(shop.locale)
  const [first, ...rest] = (shop.region.countries ?? []).map((country) => ({
    code: country.iso_2,
    name: names.of(country.iso_2.toUpperCase()) ?? country.display_name,
  }))
  return first ? [first, ...rest.sort((a, b) => collator.compare(a.name, b.name))] : []
}
