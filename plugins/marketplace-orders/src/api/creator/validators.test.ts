import { describe, expect, it } from "vitest"
import { CreatorShipOrder } from "./validators"

describe("marking an order shipped", () => {
  const parcel = { carrier: "Azərpoçt", tracking_number: "RR123AZ" }

  it("takes a tracking link that is a web address", () => {
    expect(CreatorShipOrder.parse({ ...parcel, tracking_url: "https://track.azerpost.az/RR123AZ" }).tracking_url).toBe(
      "https://track.azerpost.az/RR123AZ",
    )
  })

  it("refuses a tracking link the buyer's page would run or open as something else", () => {
    for (const tracking_url of ["javascript:alert(1)", "data:text/html,<b>x</b>", "ftp://example.az/x", "not a link"]) {
      const result = CreatorShipOrder.safeParse({ ...parcel, tracking_url })
      expect(result.success, tracking_url).toBe(false)
    }
  })
})
