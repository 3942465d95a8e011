import { CURRENCIES as MARKET_CURRENCIES, DEFAULT_CURRENCY, LOCALE_INFO, LOCALES as MARKET_LOCALES, type Currency } from "../../../markets"
import type { Localized } from "../types"
import { l } from "./options"

export const STORE_NAME = "Creative Market"
export const SALES_CHANNEL = {
  name: "Creative Market",
  description: "The marketplace storefront of Azerbaijan's creative-industries centre",
}
export const PUBLISHABLE_KEY_TITLE = "Creative Market storefront"

/** Currencies of the store; AZN is the default. Prices include tax (ƏDV in Azerbaijan). */
export const CURRENCIES = MARKET_CURRENCIES.map((currency_code) => ({ currency_code, is_default: currency_code === DEFAULT_CURRENCY }))

/** Locales the store supports; the codes are what `?locale=` takes. English is the stored text. */
export const LOCALES = MARKET_LOCALES.map((code) => ({ code, name: LOCALE_INFO[code].name }))

export type MarketKey = "azerbaijan" | "europe" | "international"

export type MarketSeed = {
  key: MarketKey
  name: Localized
  currency_code: Currency
  countries: string[]
  /** VAT charged by the system tax provider; other markets get tax regions without a default rate */
  vat?: { rate: number; code: string; name: string }
  shipping: { standard: number; express: number }
}

const EU = [
  "at",
  "be",
  "bg",
  "hr",
  "cy",
  "cz",
  "dk",
  "ee",
  "fi",
  "fr",
  "de",
  "gr",
  "hu",
  "ie",
  "it",
  "lv",
  "lt",
  "lu",
  "mt",
  "nl",
  "pl",
  "pt",
  "ro",
  "sk",
  "si",
  "es",
  "se",
]

/** No country is in two markets: Medusa refuses a country in two regions. */
export const MARKETS: MarketSeed[] = [
  {
    key: "azerbaijan",
    name: l("Azerbaijan", "Azərbaycan", "Азербайджан"),
    currency_code: "azn",
    countries: ["az"],
    vat: { rate: 18, code: "AZ-EDV", name: "ƏDV" },
    shipping: { standard: 5, express: 12 },
  },
  {
    key: "europe",
    name: l("Europe", "Avropa", "Европа"),
    currency_code: "eur",
    countries: [...EU, "gb", "no", "ch", "is"],
    shipping: { standard: 25, express: 45 },
  },
  {
    key: "international",
    name: l("International", "Beynəlxalq", "Международный"),
    currency_code: "usd",
    countries: [
      "us",
      "ca",
      "tr",
      "ge",
      "kz",
      "uz",
      "kg",
      "tm",
      "tj",
      "ua",
      "md",
      "ru",
      "ae",
      "sa",
      "qa",
      "kw",
      "il",
      "jp",
      "kr",
      "cn",
      "in",
      "sg",
      "au",
      "nz",
    ],
    shipping: { standard: 30, express: 55 },
  },
]

export const STOCK_LOCATION = {
  name: "Baku hub",
  address: {
    address_1: "Creative Industries Centre, 1 Azadliq Avenue",
    city: "Baku",
    postal_code: "AZ1000",
    country_code: "az",
  },
}

export const SHIPPING_TYPES: Record<"standard" | "express", { label: Localized; description: string }> = {
  standard: {
    label: { en: "Standard delivery", az: "Standart çatdırılma", ru: "Стандартная доставка" },
    description: "Courier from the Baku hub: 2–4 days in Azerbaijan, 5–10 days abroad.",
  },
  express: {
    label: { en: "Express delivery", az: "Ekspress çatdırılma", ru: "Экспресс-доставка" },
    description: "Priority courier from the Baku hub: next day in Baku, 2–4 days abroad.",
  },
}
