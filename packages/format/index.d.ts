/** The languages the marketplace is read in. */
export type FormatLocale = "az" | "en" | "ru"

/**
 * Medusa 2 amounts are in major units: 1234.5 AZN → "1.234,50 AZN" (az), "AZN 1,234.50" (en),
 * "1 234,50 AZN" (ru); euro and dollar by their symbols. No amount → "".
 */
export function formatMoney(amount: number | string | null | undefined, currency: string, locale: FormatLocale): string

/** Each language's month names in the genitive, as a date is written ("6 dekabr"). */
export const MONTHS: Record<FormatLocale, string[]>

/** The wall-clock parts of an instant in a time zone (numbers only, so no locale data is needed). */
export function wallClock(at: string | Date, timeZone?: string): { year: string; month: number; day: string; time: string }

/** "6 dekabr 2026", "6 December 2026", "6 декабря 2026 г." in the time zone (UTC by default). */
export function formatDate(value: string | Date, locale: FormatLocale, timeZone?: string): string

/** "6 dekabr 2026, 14:00–16:00 (Asia/Baku)": a slot as the reader's calendar shows it. */
export function formatSlotRange(start: string | Date, end: string | Date, locale: FormatLocale, timeZone: string): string
