import { formatDate, formatMoney, MONTHS } from "@creative-market/format"
import { wallClock } from "./booking-calendar"
import type { Locale } from "./i18n"

// Prices and dates come from one place for the storefront and the e-mails (packages/format), written
// out per language: browsers may lack Azerbaijani locale data, and a server/browser difference
// breaks hydration. Dates are read in UTC here, the same on server and browser.
export { formatDate, formatMoney }

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

/** An instant on a studio's clock, named with its zone like the slots beside it: "13 December 2026, 10:00 (Asia/Baku)". */
export function formatInZone(at: string, zone: string, locale: Locale) {
  return `${formatSlot(wallClock(at, zone), locale)} (${zone})`
}

export const CURRENCIES = ["azn", "eur", "usd"] as const
export type Currency = (typeof CURRENCIES)[number]
export function isCurrency(value: unknown): value is Currency {
  return typeof value === "string" && (CURRENCIES as readonly string[]).includes(value)
}
