import { describe, expect, it } from "vitest"
import { translate } from "./i18n"
import { retryMinutes, waitPhrase } from "./retry-wait"

describe("the wait a sign-in lockout asks for", () => {
  it("is Retry-After in whole minutes, rounded up", () => {
    expect(retryMinutes("899")).toBe(15)
    expect(retryMinutes("60")).toBe(1)
    expect(retryMinutes("61")).toBe(2)
    expect(retryMinutes("0")).toBe(1)
    expect(retryMinutes("Mon, 07 Dec 2026 17:45:00 GMT", Date.parse("2026-12-07T17:30:30Z"))).toBe(15)
    expect([retryMinutes(null), retryMinutes(""), retryMinutes("soon")]).toEqual([null, null, null])
  })

  it("says the real wait in each language, and the Russian noun agrees with the number", () => {
    expect(translate("en", "auth.tooMany", { wait: waitPhrase("en", 15) })).toBe("Too many attempts. Wait 15 minutes and try again.")
    expect(translate("az", "auth.tooMany", { wait: waitPhrase("az", 15) })).toBe("Həddən çox cəhd. 15 dəqiqə gözləyib yenidən cəhd edin.")
    expect(translate("ru", "auth.tooMany", { wait: waitPhrase("ru", 15) })).toBe(
      "Слишком много попыток. Подождите 15 минут и попробуйте снова.",
    )
    expect([1, 2, 5, 21, 22].map((n) => waitPhrase("ru", n))).toEqual(["1 минуту", "2 минуты", "5 минут", "21 минуту", "22 минуты"])
    expect(waitPhrase("en", 1)).toBe("1 minute")
    expect(translate("en", "studio.auth.tooMany", { wait: waitPhrase("en", 3) })).toBe("Too many attempts. Wait 3 minutes, then try again.")
  })

  it("is a few minutes when the backend gave none", () => {
    expect(["az", "en", "ru"].map((locale) => waitPhrase(locale as "az", null))).toEqual([
      "bir neçə dəqiqə",
      "a few minutes",
      "несколько минут",
    ])
  })
})
