import { describe, expect, it } from "vitest"
import { localeFromAcceptLanguage, translate } from "./i18n"

describe("the visitor's language", () => {
  it("maps regional tags to their language and prefers the highest q", () => {
    expect(localeFromAcceptLanguage("ru-RU,ru;q=0.9,en-US;q=0.8")).toBe("ru")
    expect(localeFromAcceptLanguage("en-GB,en;q=0.9")).toBe("en")
    expect(localeFromAcceptLanguage("az-AZ")).toBe("az")
    expect(localeFromAcceptLanguage("de-DE,en;q=0.5,ru;q=0.7")).toBe("ru")
  })

  it("falls back to Azerbaijani for unknown languages or no header", () => {
    expect(localeFromAcceptLanguage("de-DE,fr;q=0.8")).toBe("az")
    expect(localeFromAcceptLanguage(null)).toBe("az")
    expect(localeFromAcceptLanguage("en;q=0")).toBe("az")
  })

  it("fills placeholders in each language", () => {
    expect(translate("en", "search.resultsFor", { count: 3, q: "xalça" })).toBe("3 results for “xalça”")
    expect(translate("ru", "cart.soldBy", { name: "Quba" })).toBe("Продавец: Quba")
    expect(translate("az", "nav.cart")).toBe("Səbət")
  })
})
