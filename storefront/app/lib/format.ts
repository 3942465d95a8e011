import type { Locale } from "./i18n"

/**
 * Prices and dates are formatted here rather than with each runtime's Intl locale data: Node has
 * full ICU, but browsers (Debian's Chromium among them) may lack Azerbaijani, and a server/browser
 * difference breaks hydration. The conventions are each language's own.
 */
const SEPARATORS: Record<Locale, { group: string; decimal: string }> = {
  az: { group: ".", decimal: "," },
  en: { group: ",", decimal: "." },
  ru: { group: "\u00a0", decimal: "," },
}
const SYMBOLS: Record<string, string> = { azn: "AZN", eur: "€", usd: "$" }
const number = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })

/** Medusa 2 amounts are in major units (12.5 = 12.50 AZN). */
export function formatMoney(amount: number | null | undefined, currency: string, locale: Locale) {
  if (amount === null || amount === undefined) return ""
  const { group, decimal } = SEPARATORS[locale]
  const digits = number
    .format(amount)
    .replace(/[,.]/g, (c) => (c === "," ? "\u0000" : decimal))
    .replace(/\u0000/g, group)
  const code = currency.toLowerCase()
  const symbol = SYMBOLS[code] ?? currency.toUpperCase()
  if (locale === "en") return code === "azn" ? `AZN ${digits}` : `${symbol}${digits}`
  return `${digits}\u00a0${symbol}`
}

const MONTHS: Record<Locale, string[]> = {
  az: ["yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr", "oktyabr", "noyabr", "dekabr"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  ru: ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
}

/** "6 dekabr 2026", "6 December 2026", "6 декабря 2026 г." (UTC: the same on server and browser). */
export function formatDate(value: string | Date, locale: Locale) {
  const date = new Date(value)
  const text = `${date.getUTCDate()} ${MONTHS[locale][date.getUTCMonth()]} ${date.getUTCFullYear()}`
  return locale === "ru" ? `${text} г.` : text
}

/** A day without its year, as a chart's axis shows it: "6 dekabr", "6 December", "6 декабря". */
export function formatDayMonth(value: string | Date, locale: Locale) {
  const date = new Date(value)
  return `${date.getUTCDate()} ${MONTHS[locale][date.getUTCMonth()]}`
}

const MONTHS_ALONE: Record<Locale, string[]> = {
  az: MONTHS.az.map((m) => m[0]!.toUpperCase() + m.slice(1)),
  en: MONTHS.en,
  ru: ["Январь", "Февраль", "Март", "Апрель", "Май", "Июнь", "Июль", "Август", "Сентябрь", "Октябрь", "Ноябрь", "Декабрь"],
}

/** A month on its own, as a calendar's title: "Dekabr 2026", "December 2026", "Декабрь 2026". */
export function formatMonth(month: string, locale: Locale) {
  return `${MONTHS_ALONE[locale][Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`
}

/** Monday first: each language's short weekday names and full ones (for screen readers). */
export const WEEKDAYS: Record<Locale, { short: string[]; long: string[] }> = {
  az: {
    short: ["B.e.", "Ç.a.", "Ç.", "C.a.", "C.", "Ş.", "B."],
    long: ["bazar ertəsi", "çərşənbə axşamı", "çərşənbə", "cümə axşamı", "cümə", "şənbə", "bazar"],
  },
  en: {
    short: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    long: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
  },
  ru: {
    short: ["Пн", "Вт", "Ср", "Чт", "Пт", "Сб", "Вс"],
    long: ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"],
  },
}

/** A wall-clock ISO time (2026-12-14T10:00:00.000+04:00) as "14 dekabr 2026, 10:00", in that zone. */
export function formatSlot(local: string, locale: Locale) {
  return `${formatDate(local.slice(0, 10), locale)}, ${local.slice(11, 16)}`
}

export const CURRENCIES = ["azn", "eur", "usd"] as const
export type Currency = (typeof CURRENCIES)[number]
export function isCurrency(value: unknown): value is Currency {
  return typeof value === "string" && (CURRENCIES as readonly string[]).includes(value)
}
