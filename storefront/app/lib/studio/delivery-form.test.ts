import { describe, expect, it } from "vitest"
import { deliveryBody } from "./delivery-form"

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
})
