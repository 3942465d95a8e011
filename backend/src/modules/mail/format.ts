/**
 * Money, dates and times in the reader's language. Written out here rather than taken from the
 * runtime's Intl locale data, the same way the storefront does (storefront/app/lib/format.ts):
 * not every runtime carries Azerbaijani, and an e-mail must read the same wherever it was built.
 */
export const MAIL_LOCALES = ["az", "en", "ru"] as const
export type MailLocale = (typeof MAIL_LOCALES)[number]

/** The reader's language from a BCP 47 tag such as `ru-RU` or `en`; Azerbaijani when unknown. */
export function mailLocale(tag: unknown): MailLocale {
  const language = typeof tag === "string" ? tag.trim().toLowerCase().split(/[-_]/)[0] : ""
  return (MAIL_LOCALES as readonly string[]).includes(language) ? (language as MailLocale) : "az"
}

const SEPARATORS: Record<MailLocale, { group: string; decimal: string }> = {
  az: { group: ".", decimal: "," },
  en: { group: ",", decimal: "." },
  ru: { group: "\u00a0", decimal: "," },
}
const SYMBOLS: Record<string, string> = { azn: "AZN", eur: "€", usd: "$" }
const twoDecimals = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })

/** Medusa 2 amounts are in major units: 1234.5 AZN → "1.234,50 AZN" (az), "AZN 1,234.50" (en), "1 234,50 AZN" (ru). */
export function formatMoney(amount: number | string, currency: string, locale: MailLocale): string {
  const { group, decimal } = SEPARATORS[locale]
  const digits = twoDecimals
    .format(Number(amount))
    .replace(/[,.]/g, (c) => (c === "," ? "\u0000" : decimal))
    .replace(/\u0000/g, group)
  const code = currency.toLowerCase()
  const symbol = SYMBOLS[code] ?? currency.toUpperCase()
  if (locale === "en") return code === "azn" ? `AZN ${digits}` : `${symbol}${digits}`
  return `${digits}\u00a0${symbol}`
}

const MONTHS: Record<MailLocale, string[]> = {
  az: ["yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr", "oktyabr", "noyabr", "dekabr"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  ru: ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
}

/** The wall-clock parts of an instant in a time zone (numbers only, so no locale data is needed). */
function wallClock(at: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(at)
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? ""
  return { year: part("year"), month: Number(part("month")), day: part("day"), time: `${part("hour")}:${part("minute")}` }
}

/** "6 dekabr 2026", "6 December 2026", "6 декабря 2026 г." in the time zone (UTC by default). */
export function formatDate(value: string | Date, locale: MailLocale, timeZone = "UTC"): string {
  const { year, month, day } = wallClock(new Date(value), timeZone)
  const text = `${day} ${MONTHS[locale][month - 1]} ${year}`
  return locale === "ru" ? `${text} г.` : text
}

/** "6 dekabr 2026, 14:00–16:00 (Asia/Baku)": a slot as the reader's calendar shows it. */
export function formatSlot(start: string | Date, end: string | Date, locale: MailLocale, timeZone: string): string {
  const from = wallClock(new Date(start), timeZone)
  const to = wallClock(new Date(end), timeZone)
  const sameDay = formatDate(start, locale, timeZone) === formatDate(end, locale, timeZone)
  const until = sameDay ? to.time : `${formatDate(end, locale, timeZone)}, ${to.time}`
  return `${formatDate(start, locale, timeZone)}, ${from.time}–${until} (${timeZone})`
}
