import { describe, expect, it } from "vitest"
import { profileBody } from "../lib/profile-edit"

describe("the export-profile widget's request body", () => {
  it("sends only changed fields: emptied ones as null, numbers as numbers", () => {
    expect(profileBody({ weight_g: " 2500 ", gtin: "", hs_code: "570110" })).toEqual({ weight_g: 2500, gtin: null, hs_code: "570110" })
  })

  it("sends a number field that is no number as typed, for the API to refuse, instead of clearing it", () => {
    expect(profileBody({ weight_g: "2,5 kg", production_year: "MMXX" })).toEqual({ weight_g: "2,5 kg", production_year: "MMXX" })
  })
})
