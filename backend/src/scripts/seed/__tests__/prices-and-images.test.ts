import sharp from "sharp"
import { describe, expect, it } from "vitest"
import { PATTERNS, productImageSvg, renderProductImage } from "../images"
import { roundNicely, variantPrices } from "../prices"

describe("prices", () => {
  it("convert AZN to EUR and USD and round them like a shop would", () => {
    expect(variantPrices({ azn: 2900 })).toEqual([
      { currency_code: "azn", amount: 2900 },
      { currency_code: "eur", amount: 1530 },
      { currency_code: "usd", amount: 1710 },
    ])
    expect(variantPrices({ azn: 29 }).map((price) => price.amount)).toEqual([29, 15, 17])
  })

  it("keep a price given in EUR or USD as it is", () => {
    expect(variantPrices({ azn: 100, eur: 49, usd: 59 }).map((price) => price.amount)).toEqual([100, 49, 59])
  })

  it("round to whole units under 200, to 5 under 1,000 and to 10 above", () => {
    expect(roundNicely(0.4)).toBe(1)
    expect(roundNicely(15.6)).toBe(16)
    expect(roundNicely(526.3)).toBe(525)
    expect(roundNicely(2526.3)).toBe(2530)
  })
})

describe("product images", () => {
  it("are drawn the same way every time for the same handle, and differently for another", () => {
    expect(productImageSvg("qarabag-chelebi-carpet", "carpets")).toBe(productImageSvg("qarabag-chelebi-carpet", "carpets"))
    expect(productImageSvg("qarabag-chelebi-carpet", "carpets")).not.toBe(productImageSvg("qarabag-khanlig-carpet", "carpets"))
    expect(productImageSvg("qarabag-chelebi-carpet", "carpets", 0)).not.toBe(productImageSvg("qarabag-chelebi-carpet", "carpets", 1))
  })

  it("render as 800 × 800 JPEGs for every category", async () => {
    for (const category of Object.keys(PATTERNS)) {
      const image = await renderProductImage(`test-${category}`, category)
      const meta = await sharp(image).metadata()
      expect([meta.format, meta.width, meta.height], category).toEqual(["jpeg", 800, 800])
    }
  })
})
