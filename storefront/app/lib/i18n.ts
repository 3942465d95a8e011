import type { en } from "./messages/en"
import type { studioEn } from "./messages/studio/en"

export const LOCALES = ["az", "en", "ru"] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = "az"

/** BCP 47 tags for Intl: the country makes dates and numbers look the way each audience expects. */
export const LOCALE_TAGS: Record<Locale, string> = { az: "az-AZ", en: "en-GB", ru: "ru-RU" }
export const LOCALE_NAMES: Record<Locale, string> = { az: "Azərbaycanca", en: "English", ru: "Русский" }

export type MessageKey = keyof typeof en | keyof typeof studioEn
export type Messages = Partial<Record<MessageKey, string>>

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value)
}

/**
 * The strings this process knows, per language. The server holds all of them (i18n.server.ts);
 * a browser only the visitor's language, handed over by the root loader (and the studio's strings
 * on studio pages), so a page's JavaScript carries no catalogue.
 */
const known: Record<Locale, Messages> = { az: {}, en: {}, ru: {} }

export function learnMessages(locale: Locale, messages: Messages) {
  known[locale] = { ...known[locale], ...messages }
}

/** `t("cart.items", { count: 2 })`: {name} placeholders; no key is ever missing (the types check it). */
export function translate(locale: Locale, key: MessageKey, values?: Record<string, string | number>) {
  const text = known[locale][key] as string
  return values && text ? text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? "")) : text
}

/** The visitor's language from an Accept-Language header (az-AZ, ru-RU, en-GB …), else Azerbaijani. */
export function localeFromAcceptLanguage(header: string | null): Locale {
  if (!header) return DEFAULT_LOCALE
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag, ...params] = part.trim().split(";")
      const q = params.find((p) => p.trim().startsWith("q="))
      return { language: tag!.trim().toLowerCase().split("-")[0]!, q: q ? Number(q.trim().slice(2)) : 1 }
    })
    .filter((entry) => entry.language && !Number.isNaN(entry.q) && entry.q > 0)
    .sort((a, b) => b.q - a.q)
  return ranked.map((entry) => entry.language).find(isLocale) ?? DEFAULT_LOCALE
}
