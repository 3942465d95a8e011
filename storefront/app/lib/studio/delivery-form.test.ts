import { describe, expect, it } from "vitest"
import { deliveryBody, deliveryErrors } from "./delivery-form"

describe("the studio's delivery form", () => {
  it("sends a name, the AZN fee and the other fees given (a comma is a decimal point, 0 is free delivery)", () => {
    expect(deliveryBody({ name: " Courier ", azn: "8,50", eur: "", usd: "0", service_zone_id: "serzo_1" })).toEqual({
      body: { name: "Courier", prices: { azn: 8.5, usd: 0 }, service_zone_id: "serzo_1" },
    })
  })

  it("needs a name and an AZN fee, and refuses a fee that is negative or not a number", () => {
    expect(deliveryBody({ name: "", azn: "", eur: "-1", usd: "abc" })).toEqual({
      errors: {
        name: "studio.error.required",
        azn: "studio.error.required",
        eur: "studio.delivery.feeInvalid",
        usd: "studio.delivery.feeInvalid",
      },
    })
  })

  it("sends the names written in other languages; an edit sends a cleared one as null so it is removed", () => {
    const values = { name: "Courier", "tr.name.az": " Kuryer ", "tr.name.ru": "", azn: "8" }
    expect(deliveryBody(values)).toEqual({ body: { name: "Courier", translations: { name: { az: "Kuryer" } }, prices: { azn: 8 } } })
    expect(deliveryBody(values, true)).toEqual({
      body: { name: "Courier", translations: { name: { az: "Kuryer", ru: null } }, prices: { azn: 8 } },
    })
    expect(deliveryBody({ name: "Courier", azn: "8" })).toEqual({ body: { name: "Courier", prices: { azn: 8 } } })
  })

  it("puts the creator API's refusals on the fields they name", () => {
    expect(
      deliveryErrors("translations.name.az: Too big: expected string to have <=100 characters; prices.eur: must be 0 or more."),
    ).toEqual({
      "tr.name.az": "studio.error.invalid",
      eur: "studio.error.price",
    })
  })
})
