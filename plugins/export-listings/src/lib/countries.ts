const regionNames = new Intl.DisplayNames(["en"], { type: "region" })
/** Codes that Intl knows but that are not countries of ISO 3166-1. */
const NOT_COUNTRIES = new Set(["EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"])

/** True for an ISO 3166-1 alpha-2 country code (upper case). */
export function isCountryCode(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code) || NOT_COUNTRIES.has(code)) return false
  try {
    return regionNames.of(code) !== code
  } catch {
    return false
  }
}
