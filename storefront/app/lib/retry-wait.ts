import type { Locale } from "./i18n"

/**
 * Whole minutes, rounded up, from a 429's Retry-After header (seconds, or an HTTP date); null
 * without a usable one. The backend locks sign-in for up to 15 minutes (Retry-After: 899).
 */
export function retryMinutes(header: string | null | undefined, now = Date.now()): number | null {
  const value = header?.trim()
  if (!value) return null
  const seconds = /^\d+$/.test(value) ? Number(value) : (Date.parse(value) - now) / 1000
  return Number.isFinite(seconds) ? Math.max(1, Math.ceil(seconds / 60)) : null
}

// Russian takes the accusative after "Подождите": 1 минуту, 2 минуты, 5 минут, 21 минуту
const RU_MINUTES: Partial<Record<Intl.LDMLPluralRule, string>> = { one: "минуту", few: "минуты", many: "минут" }

/** "15 minutes", "15 dəqiqə", "15 минут" for a `{wait}` placeholder; "a few minutes" when the wait is unknown. */
export function waitPhrase(locale: Locale, minutes: number | null | undefined): string {
  if (!minutes) return { az: "bir neçə dəqiqə", en: "a few minutes", ru: "несколько минут" }[locale]
  if (locale === "az") return `${minutes} dəqiqə`
  if (locale === "ru") return `${minutes} ${RU_MINUTES[new Intl.PluralRules("ru").select(minutes)] ?? "минуты"}`
  return minutes === 1 ? "1 minute" : `${minutes} minutes`
}
