import { describe, expect, it } from "vitest"
import { backendErrors } from "./backend-errors"

describe("a backend refusal on a studio form", () => {
  it("says a variant's value is not among its option's values, in the reader's words", () => {
    expect(backendErrors("variants.0.options: Size is one of S, M, not XL", ["title", "handle"])).toEqual({
      form: "studio.products.optionValue",
    })
  })

  it("puts a refusal that names a field on that field, and one it cannot read on the form", () => {
    expect(backendErrors("handle: the web address is taken", ["title", "handle"])).toEqual({ handle: "studio.error.handleTaken" })
    expect(backendErrors("something unexpected", ["title"])).toEqual({ form: "studio.error.refused" })
  })
})
