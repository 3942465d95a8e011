import { describe, expect, it } from "vitest"
import { describeIssues } from "@creative-market/creator-shops/api/utils/validate-body"
import { ExportProfileInput } from "./validators"

function problem(body: unknown): string | null {
  const result = ExportProfileInput.safeParse(body)
  return result.success ? null : describeIssues(result.error.issues)
}

describe("export profile input", () => {
  it("accepts a complete profile", () => {
    expect(
      problem({
        hs_code: "570110",
        origin_country: "az",
        weight_g: 4200,
        length_mm: 2000,
        width_mm: 1200,
        height_mm: 10,
        materials: ["wool"],
        customs_description: "Hand-knotted wool carpet",
        gtin: "4006381333931",
        production_year: 2019,
        dangerous_goods: false,
        incoterm: "DAP",
      }),
    ).toBeNull()
  })
  it("names the field of each mistake", () => {
    expect(problem({ hs_code: "999998" })).toMatch(/^hs_code: is not a subheading of HS 2022/)
    expect(problem({ hs_code: "5701" })).toMatch(/^hs_code: must be a six-digit/)
    expect(problem({ gtin: "4006381333932" })).toMatch(/^gtin: has a wrong check digit/)
    expect(problem({ gtin: "2000000000008" })).toMatch(/^gtin: uses a restricted/)
    expect(problem({ origin_country: "XX" })).toMatch(/^origin_country: must be an ISO/)
    expect(problem({ production_year: new Date().getFullYear() + 1 })).toMatch(/^production_year: must not be in the future/)
    expect(problem({ weight_g: -1 })).toMatch(/^weight_g: must not be negative/)
    expect(problem({ customs_description: "x".repeat(51) })).toMatch(/^customs_description: must be at most 50/)
    expect(problem({ variants: [{ variant_id: "v1", weight_g: -5 }] })).toMatch(/^variants\.0\.weight_g: must not be negative/)
    expect(problem({ colour: "red" })).toMatch(/colour/)
  })
})
