import type { TranslationsInput } from "../workflows/steps/upsert-translations"

/** `{ az: "…", ru: "…" }` for one field; `null` removes that language's text (an update) */
export type LocalizedText = Partial<Record<string, string | null>>

/**
 * Turns per-field localized texts (`{ title: { az, ru }, description: { az } }`) into the
 * Translation module's per-locale shape (`{ az: { title, description }, ru: { title } }`).
 */
export function byLocale(fields: Record<string, LocalizedText | undefined>): TranslationsInput {
  const result: TranslationsInput = {}
  for (const [field, texts] of Object.entries(fields)) {
    for (const [locale, text] of Object.entries(texts ?? {})) {
      if (text === undefined) continue
      result[locale] = { ...result[locale], [field]: text }
    }
  }
  return result
}
