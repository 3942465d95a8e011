import { describe, expect, it } from "vitest"
import { assertZonePrices, zoneCurrencies } from "./zone-currencies"

const regions = [
  { currency_code: "azn", countries: ["az"] },
  { currency_code: "eur", countries: ["de", "fr"] },
  { currency_code: "usd", countries: ["us", "tr"] },
]

describe("a delivery zone's currencies", () => {
  it("are those of the regions holding its countries", () => {
    expect(zoneCurrencies(["de", "fr"], regions)).toEqual(["eur"])
    expect(zoneCurrencies(["az"], regions)).toEqual(["azn"])
    expect(zoneCurrencies(["tr", "de"], regions)).toEqual(["eur", "usd"])
    expect(zoneCurrencies(["xx"], regions)).toEqual([])
  })

  it("each need a fee, and a missing one is named with the field to fill", () => {
    expect(() => assertZonePrices({ name: "Europe", currencies: ["eur"] }, { azn: 50, eur: 30 })).not.toThrow()
    expect(() => assertZonePrices({ name: "Europe", currencies: ["eur"] }, { azn: 50 })).toThrow(
      "Buyers in the Europe zone pay in EUR: give this option a fee in EUR (prices.eur) to offer it there.",
    )
  })
})
