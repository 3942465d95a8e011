import { describe, expect, it } from "vitest"
import { computeReadiness, type ReadinessItem, type ReadinessPartner } from "./readiness"

const google: ReadinessPartner = {
  format: "google-xml",
  market_country: "DE",
  currency: "eur",
  allowed_kinds: ["physical", "digital", "service"],
  postal: true,
}
const json: ReadinessPartner = {
  format: "json",
  market_country: "US",
  currency: "usd",
  allowed_kinds: ["physical", "digital", "service"],
  postal: false,
}
const now = new Date("2026-12-06T00:00:00Z")

const carpet = (patch: Partial<ReadinessItem> = {}, profile: Partial<NonNullable<ReadinessItem["profile"]>> = {}): ReadinessItem => ({
  kind: "physical",
  title: "Quba carpet",
  description: "Hand-knotted wool carpet.",
  category_handles: ["carpets"],
  images: [{ url: "https://x/1.webp", width: 1200, height: 900 }],
  price: 120,
  profile: { hs_code: "570110", origin_country: "AZ", production_year: 2020, dangerous_goods: false, ...profile },
  ...patch,
})

const codes = (item: ReadinessItem, partner = google) =>
  computeReadiness(item, partner, now).reasons.map((reason) => `${reason.code}@${reason.field}`)

describe("export readiness", () => {
  it("a complete carpet is ready for Google with a score of 100", () => {
    expect(computeReadiness(carpet(), google, now)).toEqual({ ready: true, score: 100, reasons: [] })
  })

  it("every reason is said in az, en and ru", () => {
    const { reasons } = computeReadiness(
      carpet({ title: null, price: null, images: [] }, { hs_code: null, origin_country: null }),
      google,
      now,
    )
    expect(reasons.length).toBe(5)
    for (const reason of reasons) {
      expect(Object.keys(reason.message).sort()).toEqual(["az", "en", "ru"])
      for (const text of Object.values(reason.message)) expect(text.length).toBeGreaterThan(10)
    }
  })

  it("a missing HS code is fixed in hs_code, and so is a missing profile", () => {
    expect(codes(carpet({}, { hs_code: null }))).toEqual(["hs_missing@hs_code"])
    expect(codes(carpet({ profile: null }))).toEqual(["hs_missing@hs_code", "origin_missing@origin_country"])
  })

  it("an HS code that is not a leaf of HS 2022 is refused", () => {
    expect(codes(carpet({}, { hs_code: "570100" }))).toContain("hs_not_leaf@hs_code")
  })

  it("an HS chapter that does not fit the category is refused, other categories are not checked", () => {
    expect(codes(carpet({}, { hs_code: "691200" }))).toEqual(["hs_category_mismatch@hs_code"])
    expect(codes(carpet({ category_handles: ["gifts"] }, { hs_code: "691200" }))).toEqual([])
  })

  it("a missing origin is fixed in origin_country", () => {
    expect(codes(carpet({}, { origin_country: null }))).toEqual(["origin_missing@origin_country"])
  })

  it("an item made before 1960 needs a certificate younger than five years, with its number and document", () => {
    expect(codes(carpet({}, { production_year: 1950 }))).toEqual(["cultural_certificate_missing@cultural_certificate_date"])
    const old = {
      production_year: 1950,
      cultural_certificate_number: "MC-1",
      cultural_certificate_date: "2020-01-01",
      cultural_certificate_file_id: "private-key.pdf",
    }
    expect(codes(carpet({}, old))).toEqual(["cultural_certificate_missing@cultural_certificate_date"])
    const valid = { ...old, cultural_certificate_date: "2024-01-01" }
    expect(codes(carpet({}, valid))).toEqual([])
    expect(codes(carpet({}, { ...valid, cultural_certificate_number: null }))).toEqual([
      "cultural_certificate_missing@cultural_certificate_number",
    ])
    expect(codes(carpet({}, { ...valid, cultural_certificate_file_id: null }))).toEqual([
      "cultural_certificate_missing@cultural_certificate_file",
    ])
    expect(codes(carpet({}, { production_year: 1960 }))).toEqual([])
  })

  it("dangerous goods cannot go to a postal partner, but can to a courier one", () => {
    expect(codes(carpet({}, { dangerous_goods: true }))).toEqual(["dangerous_goods_postal@dangerous_goods"])
    expect(codes(carpet({}, { dangerous_goods: true }), json)).toEqual([])
  })

  it("services, digital goods and tickets are not allowed in Google Shopping, but are in the JSON feed", () => {
    const service = carpet({ kind: "service", category_handles: ["commissions"], profile: null })
    const digital = carpet({ kind: "digital", category_handles: ["fonts"], profile: null })
    expect(codes(service)).toEqual(["kind_not_allowed@kind"])
    expect(codes(digital)).toEqual(["kind_not_allowed@kind"])
    expect(codes(carpet({ kind: "service", dated: true, profile: null }))).toEqual(["kind_not_allowed@kind"])
    expect(codes(service, json)).toEqual([])
    expect(codes(digital, { ...json, allowed_kinds: ["physical"] })).toEqual(["kind_not_allowed@kind"])
  })

  it("images smaller than 500×500 are too small for Google, not for the JSON feed", () => {
    const small = carpet({ images: [{ url: "https://x/s.webp", width: 400, height: 800 }] })
    expect(codes(small)).toEqual(["image_too_small@images"])
    expect(codes(small, json)).toEqual([])
    expect(codes(carpet({ images: [] }))).toEqual(["image_missing@images"])
  })

  it("titles and descriptions over the partner's limit are refused", () => {
    expect(codes(carpet({ title: "x".repeat(151) }))).toEqual(["title_too_long@title"])
    expect(codes(carpet({ title: "x".repeat(151) }), { ...google, format: "meta-csv" })).toEqual([])
    expect(codes(carpet({ description: "x".repeat(5001) }))).toEqual(["description_too_long@description"])
  })

  it("no price in the partner's currency is refused", () => {
    expect(codes(carpet({ price: null }))).toEqual(["price_missing@prices"])
  })

  it("the score is the share of checks passed", () => {
    const { score, ready } = computeReadiness(carpet({}, { origin_country: null }), google, now)
    expect(ready).toBe(false)
    expect(score).toBeGreaterThan(80)
    expect(score).toBeLessThan(100)
  })
})
