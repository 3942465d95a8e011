import type { Locale } from "./i18n"

/**
 * A country named in the reader's language ("Azərbaycan", "Azerbaijan", "Азербайджан") from its
 * ISO code, as addresses store it; the code itself when Intl has no name for it.
 */
export function countryName(code: string, locale: Locale): string {
  const upper = code.toUpperCase()
  try {
    return new Intl.DisplayNames([locale], { type: "region" }).of(upper) ?? upper
  } catch {
    // not a region code Intl accepts
    return upper
  }
}
