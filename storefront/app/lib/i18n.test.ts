import { describe, expect, it } from "vitest"
import { localeFromAcceptLanguage } from "./i18n"
import { messagesFor, translate } from "./i18n.server"

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

describe("the strings a browser receives", () => {
  it("are its language's shop strings, with the studio's only on studio pages", () => {
    const shop = messagesFor("ru", false)
    expect(shop["nav.cart"]).toBe(translate("ru", "nav.cart"))
    expect(shop["studio.footer.link"]).toBe(translate("ru", "studio.footer.link"))
    expect(shop["studio.title"]).toBeUndefined()
    expect(messagesFor("ru", true)["studio.title"]).toBe(translate("ru", "studio.title"))
    expect(messagesFor("en", false)["nav.cart"]).toBe("Cart")
  })
})
