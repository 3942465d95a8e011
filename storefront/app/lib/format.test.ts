import { describe, expect, it } from "vitest"
import { formatDate, formatMoney } from "./format"

describe("money and dates in each language", () => {
  it("formats prices the way each audience writes them", () => {
    expect(formatMoney(2900, "azn", "az")).toBe("2.900,00\u00a0AZN")
    expect(formatMoney(1234.5, "eur", "ru")).toBe("1\u00a0234,50\u00a0€")
    expect(formatMoney(1234.5, "usd", "en")).toBe("$1,234.50")
    expect(formatMoney(45, "azn", "en")).toBe("AZN 45.00")
  })

  it("writes dates with the language's month names", () => {
    expect(formatDate("2026-12-06T10:00:00Z", "az")).toBe("6 dekabr 2026")
    expect(formatDate("2026-12-06T10:00:00Z", "ru")).toBe("6 декабря 2026 г.")
  })
})
