import { describe, expect, it } from "vitest"
import { toProductInput } from "./product-input"

const prices = [{ currency_code: "azn", amount: 120 }]

describe("toProductInput", () => {
  it("gives physical goods the shipping profile and managed inventory", () => {
    const input = toProductInput(
      { kind: "physical", title: "Xalça", variants: [{ title: "2×3 m", prices }] },
      { shipping_profile_id: "sp_1" },
    )
    expect(input.shipping_profile_id).toBe("sp_1")
    expect(input.variants[0].manage_inventory).toBe(true)
    expect(input.status).toBe("draft")
  })

  it("never ships digital goods or services", () => {
    for (const kind of ["digital", "service"] as const) {
      const input = toProductInput(
        { kind, title: "X", variants: [{ title: "Personal", prices, weight: 5 }] },
        { shipping_profile_id: "sp_1" },
      )
      expect(input.shipping_profile_id).toBeUndefined()
      expect(input.variants[0].manage_inventory).toBe(false)
      expect(input.variants[0].weight).toBeUndefined()
    }
  })

  it("names a default option after the kind when the creator gives none", () => {
    const input = toProductInput(
      {
        kind: "digital",
        title: "Pack",
        variants: [
          { title: "Personal", prices },
          { title: "Commercial", prices },
        ],
      },
      {},
    )
    expect(input.options).toEqual([{ title: "Licence", values: ["Personal", "Commercial"] }])
    expect(input.variants.map((v) => v.options)).toEqual([{ Licence: "Personal" }, { Licence: "Commercial" }])
  })
})
