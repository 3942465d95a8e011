import { describe, expect, it } from "vitest"
import { EMPTY_PARTNER, partnerBody, partnerError, partnerProblems } from "../lib/partner-form"

describe("the Admin's export-partner form", () => {
  it("names every wrong field at once, in words, before anything is sent", () => {
    expect(partnerProblems({ ...EMPTY_PARTNER, name: " ", market_country: "Germany", language: "de", currency: "gbp" })).toEqual([
      "Name: enter the partner's name.",
      "Market: enter a two-letter country code, such as DE.",
      "Language: enter en, az or ru.",
      "Currency: enter azn, eur or usd.",
    ])
  })

  it("takes codes in any case and sends them as the API expects", () => {
    const form = { ...EMPTY_PARTNER, name: " Etsy EU ", market_country: "fr ", language: "EN", currency: " EUR" }
    expect(partnerProblems(form)).toEqual([])
    expect(partnerBody(form)).toEqual({ name: "Etsy EU", format: "google-xml", market_country: "FR", language: "en", currency: "eur" })
  })

  it("shows the API's refusal with the form's labels instead of field keys", () => {
    expect(partnerError("market_country: must be an ISO 3166-1 alpha-2 country code such as DE; currency: must be one of azn.")).toBe(
      "Market: must be an ISO 3166-1 alpha-2 country code such as DE; Currency: must be one of azn.",
    )
  })
})
