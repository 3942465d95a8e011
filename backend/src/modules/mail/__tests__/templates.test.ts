import { describe, expect, it } from "vitest"
import { compose } from "../compose"
import { formatDate, formatMoney, formatSlot, mailLocale } from "../format"
import { MAIL_TEMPLATES } from "../templates"

describe("mail formatting", () => {
  it("writes money the way each language does, whatever the runtime's locale data", () => {
    expect(formatMoney(1234.5, "azn", "az")).toBe("1.234,50\u00a0AZN")
    expect(formatMoney(1234.5, "azn", "en")).toBe("AZN 1,234.50")
    expect(formatMoney(1234.5, "usd", "en")).toBe("$1,234.50")
    expect(formatMoney(1234.5, "eur", "ru")).toBe("1\u00a0234,50\u00a0€")
  })

  it("writes dates and slots in the reader's language and the place's time zone", () => {
    expect(formatDate("2027-03-21", "az")).toBe("21 mart 2027")
    expect(formatDate("2027-03-21", "ru")).toBe("21 марта 2027 г.")
    expect(formatSlot("2027-03-21T06:00:00Z", "2027-03-21T08:00:00Z", "en", "Asia/Baku")).toBe("21 March 2027, 10:00–12:00 (Asia/Baku)")
    // Berlin moves to summer time on 28 March 2027: the same UTC hour reads an hour later after it
    expect(formatSlot("2027-03-29T08:00:00Z", "2027-03-29T09:00:00Z", "en", "Europe/Berlin")).toBe(
      "29 March 2027, 10:00–11:00 (Europe/Berlin)",
    )
    expect(formatSlot("2027-03-21T19:00:00Z", "2027-03-21T21:00:00Z", "az", "Asia/Baku")).toBe(
      "21 mart 2027, 23:00–22 mart 2027, 01:00 (Asia/Baku)",
    )
  })

  it("reads the reader's language from a BCP 47 tag and falls back to Azerbaijani", () => {
    expect([mailLocale("ru-RU"), mailLocale("en_GB"), mailLocale("de"), mailLocale(undefined)]).toEqual(["ru", "en", "az", "az"])
  })
})

describe("mail templates", () => {
  it("tell a shop why a listing was refused, in Azerbaijani by default, with the reason as text", () => {
    const mail = compose(
      MAIL_TEMPLATES["listing-rejected"]({ shop_name: "Guba Carpets", product_title: "Xalça", reason: "<img src=x> no photo" }),
    )
    expect(mail.subject).toBe('"Xalça" dərc olunmadı')
    expect(mail.text).toContain("Səbəb: <img src=x> no photo")
    expect(mail.html).toContain('Səbəb</th><td style="padding:4px 0">&lt;img src=x&gt; no photo')
  })

  it("invite the person with the role in their language and the date the invitation ends", () => {
    const mail = compose(
      MAIL_TEMPLATES["creator-invite"]({
        locale: "ru",
        role: "staff",
        accept_url: "https://shop.example/accept?t=1",
        expires_at: "2027-01-05T10:00:00Z",
      }),
    )
    expect(mail.subject).toBe("Вас приглашают в магазин на Creative Market")
    expect(mail.text).toContain("как сотрудника")
    expect(mail.text).toContain("Приглашение действует до: 5 января 2027 г.")
    expect(mail.html).toContain('<html lang="ru">')
  })
})
