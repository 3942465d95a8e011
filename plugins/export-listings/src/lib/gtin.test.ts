import { describe, expect, it } from "vitest"
import { gtinProblem } from "./gtin"
import { isCountryCode } from "./countries"
import { hsChapter, isHsLeaf } from "./hs"

describe("GTIN validation", () => {
  it("accepts valid GTIN-13, GTIN-12, GTIN-8 and GTIN-14 numbers", () => {
    expect(gtinProblem("4006381333931")).toBeNull()
    expect(gtinProblem("036000291452")).toBeNull()
    expect(gtinProblem("96385074")).toBeNull()
    expect(gtinProblem("10614141000415")).toBeNull()
    expect(gtinProblem("4760000000009")).toBeNull()
  })
  it("refuses a wrong check digit", () => {
    expect(gtinProblem("4006381333932")).toMatch(/check digit/)
  })
  it("refuses lengths and characters that are not a GTIN", () => {
    expect(gtinProblem("12345")).toMatch(/digits/)
    expect(gtinProblem("40063813339a1")).toMatch(/digits/)
  })
  it("refuses in-store and coupon prefixes", () => {
    expect(gtinProblem("2000000000008")).toMatch(/restricted/)
    expect(gtinProblem("0400000000008")).toMatch(/restricted/)
    expect(gtinProblem("9800000000007")).toMatch(/restricted/)
  })
})

describe("ISO country codes", () => {
  it("knows countries and refuses the rest", () => {
    expect(isCountryCode("AZ")).toBe(true)
    expect(isCountryCode("DE")).toBe(true)
    expect(isCountryCode("XX")).toBe(false)
    expect(isCountryCode("EU")).toBe(false)
    expect(isCountryCode("az")).toBe(false)
  })
})

describe("HS 2022", () => {
  it("knows six-digit leaves and refuses headings, chapters and unknown codes", () => {
    expect(isHsLeaf("570110")).toBe(true) // carpets, knotted, of wool
    expect(isHsLeaf("5701")).toBe(false)
    expect(isHsLeaf("57")).toBe(false)
    expect(isHsLeaf("999999")).toBe(false)
    expect(hsChapter("570110")).toBe(57)
  })
})
