import { LOCALE_TAGS, type Locale } from "./i18n"

const money = new Map<string, Intl.NumberFormat>()

/** Medusa 2 amounts are in major units (12.5 = 12.50 AZN). */
export function formatMoney(amount: number | null | undefined, currency: string, locale: Locale) {
  if (amount === null || amount === undefined) return ""
  const key = `${locale}:${currency}`
  let format = money.get(key)
  if (!format) {
    format = new Intl.NumberFormat(LOCALE_TAGS[locale], { style: "currency", currency: currency.toUpperCase() })
    money.set(key, format)
  }
  return format.format(amount)
}

export function formatDate(value: string | Date, locale: Locale) {
  return new Intl.DateTimeFormat(LOCALE_TAGS[locale], { dateStyle: "long" }).format(new Date(value))
}

export const CURRENCIES = ["azn", "eur", "usd"] as const
export type Currency = (typeof CURRENCIES)[number]
export function isCurrency(value: unknown): value is Currency {
  return typeof value === "string" && (CURRENCIES as readonly string[]).includes(value)
}
