import { describe, expect, it } from "vitest"
import { exportErrors, parseExportProfile, profileValues } from "./export-profile"

/** The body of a form that passed (fails the test when it did not). */
function bodyOf(parsed: ReturnType<typeof parseExportProfile>) {
  if (!parsed.ok) throw new Error(`refused: ${JSON.stringify(parsed.errors)}`)
  return parsed.body
}

describe("the export profile form", () => {
  it("sends every field, empty ones as null (cleared), numbers as numbers, materials as a list", () => {
    const body = bodyOf(
      parseExportProfile({ hs_code: "5701.10", origin_country: "az", weight_g: "1800", materials: "wool, cotton ,", gtin: "" }),
    )
    expect(body).toMatchObject({ hs_code: "570110", origin_country: "AZ", weight_g: 1800, materials: ["wool", "cotton"], gtin: null })
    expect(body).toMatchObject({ length_mm: null, incoterm: null, dangerous_goods: false, variants: [] })
  })

  it("refuses a weight that is not a whole number, keeping it as typed for the API to refuse too", () => {
    const parsed = parseExportProfile({ weight_g: "1.5", "v.var_1.height_mm": "-3" }, ["var_1"])
    expect(parsed).toMatchObject({
      ok: false,
      errors: { weight_g: "studio.error.wholeNumber", "v.var_1.height_mm": "studio.error.wholeNumber" },
    })
    expect(parsed.body).toMatchObject({ weight_g: "1.5", variants: [{ variant_id: "var_1", height_mm: "-3" }] })
  })

  it("sends a variant that says something, or that had values to clear; not the others", () => {
    const parsed = parseExportProfile(
      { "v.var_1.gtin": "4006381333931", "v.var_1.weight_g": "900" },
      ["var_1", "var_2", "var_3"],
      ["var_3"],
    )
    expect(bodyOf(parsed).variants).toEqual([
      { variant_id: "var_1", gtin: "4006381333931", weight_g: 900, length_mm: null, width_mm: null, height_mm: null },
      { variant_id: "var_3", gtin: null, weight_g: null, length_mm: null, width_mm: null, height_mm: null },
    ])
  })

  it("puts the API's refusals on their fields, a variant's on that variant's field, in message keys", () => {
    const message =
      "gtin: has a wrong check digit; variants.1.weight_g: must be a whole number of grams; customs_description: must be at most 50 characters (customs forms) (and 2 more)."
    expect(exportErrors(message, ["var_1", "var_2"])).toEqual({
      gtin: "studio.export.error.gtinCheck",
      "v.var_2.weight_g": "studio.error.wholeNumber",
      customs_description: "studio.export.error.customsLong",
    })
    expect(exportErrors("hs_code: is not a subheading of HS 2022: pick a six-digit code from the nomenclature.")).toEqual({
      hs_code: "studio.export.error.hsUnknown",
    })
    expect(exportErrors("Something else went wrong.")).toEqual({ form: "studio.error.refused" })
  })

  it("shows the stored profile: a date as yyyy-mm-dd, materials comma-separated, variants' values on their inputs", () => {
    expect(
      profileValues({
        cultural_certificate_date: "2024-05-31T00:00:00.000Z",
        materials: ["wool", "silk"],
        dangerous_goods: true,
        production_year: 1950,
        gtin: null,
        variants: [{ variant_id: "var_1", gtin: "4006381333931", weight_g: null }],
      }),
    ).toEqual({
      cultural_certificate_date: "2024-05-31",
      materials: "wool, silk",
      dangerous_goods: "on",
      production_year: "1950",
      "v.var_1.gtin": "4006381333931",
    })
  })
})
