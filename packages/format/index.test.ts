import { describe, expect, it } from "vitest"
import { formatDate, formatMoney, formatSlotRange } from "./index.js"

describe("money in each language, whatever the runtime's locale data", () => {
  it("writes prices the way each audience writes them", () => {
    expect(formatMoney(2900, "azn", "az")).toBe("2.900,00\u00a0AZN")
    expect(formatMoney(1234.5, "azn", "en")).toBe("AZN 1,234.50")
    expect(formatMoney("45", "azn", "en")).toBe("AZN 45.00")
    expect(formatMoney(1234.5, "usd", "en")).toBe("$1,234.50")
    expect(formatMoney(1234.5, "eur", "ru")).toBe("1\u00a0234,50\u00a0€")
    expect(formatMoney(7, "gbp", "az")).toBe("7,00\u00a0GBP")
  })

  it("writes a negative amount with the minus first", () => {
    expect(formatMoney(-140, "azn", "en")).toBe("-AZN 140.00")
    expect(formatMoney(-5, "eur", "en")).toBe("-€5.00")
    expect(formatMoney(-140, "azn", "az")).toBe("-140,00\u00a0AZN")
  })

  it("writes nothing for a price that is not there", () => {
    expect([formatMoney(null, "azn", "az"), formatMoney(undefined, "azn", "en")]).toEqual(["", ""])
  })
})

describe("dates and slots in the reader's language and the place's time zone", () => {
  it("writes dates with the language's month names, in UTC unless told", () => {
    expect(formatDate("2026-12-06T10:00:00Z", "az")).toBe("6 dekabr 2026")
    expect(formatDate("2027-03-21", "ru")).toBe("21 марта 2027 г.")
    expect(formatDate("2026-12-06T22:30:00Z", "en", "Asia/Baku")).toBe("7 December 2026")
  })

  it("writes a slot as the place's calendar shows it, across summer time and midnight", () => {
    expect(formatSlotRange("2027-03-21T06:00:00Z", "2027-03-21T08:00:00Z", "en", "Asia/Baku")).toBe(
      "21 March 2027, 10:00–12:00 (Asia/Baku)",
    )
    // Berlin moves to summer time on 28 March 2027: the same UTC hour reads an hour later after it
    expect(formatSlotRange("2027-03-29T08:00:00Z", "2027-03-29T09:00:00Z", "en", "Europe/Berlin")).toBe(
      "29 March 2027, 10:00–11:00 (Europe/Berlin)",
    )
    expect(formatSlotRange("2027-03-21T19:00:00Z", "2027-03-21T21:00:00Z", "az", "Asia/Baku")).toBe(
      "21 mart 2027, 23:00–22 mart 2027, 01:00 (Asia/Baku)",
    )
  })
})
