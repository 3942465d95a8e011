/**
 * The marketplace's markets, defined once: the currencies buyers pay in and the locales they read.
 * The creator-shops plugin gets them as its `markets` option (medusa-config.ts), the search
 * document and the demo seed import them; adding a market is a change here (and, for the demo,
 * its texts and prices in the seed data, which the types then ask for).
 */

export const CURRENCIES = ["azn", "eur", "usd"] as const
export type Currency = (typeof CURRENCIES)[number]
/** Prices are entered in it; the others may be derived for the demo catalogue. */
export const DEFAULT_CURRENCY: Currency = "azn"

/** The first locale is the stored text; the others go through the Translation module. */
export const LOCALES = ["en", "az", "ru"] as const
export type Locale = (typeof LOCALES)[number]
export const BASE_LOCALE: Locale = LOCALES[0]
export const TRANSLATED_LOCALES = LOCALES.filter((locale) => locale !== BASE_LOCALE) as Exclude<Locale, typeof BASE_LOCALE>[]

/** Each locale's own name (the storefront's language menu) and Meilisearch's ISO 639-3 code. */
export const LOCALE_INFO: Record<Locale, { name: string; iso639_3: string }> = {
  en: { name: "English", iso639_3: "eng" },
  az: { name: "Azərbaycan dili", iso639_3: "aze" },
  ru: { name: "Русский", iso639_3: "rus" },
}

/** What the creator-shops plugin validates prices and translations against. */
export const MARKETS = { currencies: [...CURRENCIES], locales: [...LOCALES] }
