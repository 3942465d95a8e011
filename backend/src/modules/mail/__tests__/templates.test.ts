import { describe, expect, it } from "vitest"
import { compose } from "../compose"
import { mailLocale } from "../format"
import { MAIL_TEMPLATES } from "../templates"

describe("the mail's language", () => {
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

  it("write a refund's and a payout's amount with its currency, formatted for the reader (docs/decisions/043)", () => {
    const refund = (locale: "az" | "en" | "ru", currency_code: string) =>
      compose(MAIL_TEMPLATES["order-refunded"]({ locale, display_id: 12, shop_name: "Guba Carpets", amount: 1234.5, currency_code }))
    expect(refund("az", "azn").text).toContain("Sizə 1.234,50\u00a0AZN qaytarıldı")
    expect(refund("en", "eur").text).toContain("We refunded €1,234.50")
    expect(refund("ru", "usd").text).toContain("Мы вернули вам 1\u00a0234,50\u00a0$")
    const payout = compose(
      MAIL_TEMPLATES["payout-paid"]({
        locale: "az",
        shop_name: "Guba Carpets",
        amount: 28,
        currency_code: "azn",
        reference: "TR-1",
        balance_url: "https://shop.example/az/studio/balance",
      }),
    )
    expect(payout.subject).toBe("Ödəniş göndərildi: 28,00\u00a0AZN · Guba Carpets")
  })
})
