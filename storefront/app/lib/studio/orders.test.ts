import { describe, expect, it } from "vitest"
import { needsShipping, orderTab, parseConfirmService, parseShip, placedOn } from "./orders"
import { creatorOrder } from "~/test/creator-order"

const order = creatorOrder

describe("the studio's order rules", () => {
  it("an open order with a physical line not shipped yet needs shipping; shipped, cancelled or digital-only ones do not", () => {
    expect(needsShipping(order())).toBe(true)
    expect(needsShipping(order({ fulfillment_status: "partially_shipped" }))).toBe(true)
    expect(needsShipping(order({ fulfillment_status: "shipped" }))).toBe(false)
    expect(needsShipping(order({ status: "canceled" }))).toBe(false)
    expect(needsShipping(order({ items: [{ ...order().items![0]!, requires_shipping: false }] }))).toBe(false)
  })

  it("counts the orders placed on a day of the shop's calendar (Baku, UTC+4)", () => {
    const orders = [order(), order({ id: "order_2", created_at: "2026-12-05T19:59:00.000Z" })]
    expect(placedOn(orders, new Date("2026-12-06T18:00:00.000Z")).map((o) => o.id)).toEqual(["order_1"])
    // 20:30 UTC is already the next day in Baku
    expect(placedOn(orders, new Date("2026-12-05T20:30:00.000Z")).map((o) => o.id)).toEqual(["order_1"])
    expect(placedOn(orders, new Date("2026-12-05T20:30:00.000Z"), "UTC").map((o) => o.id)).toEqual(["order_2"])
  })

  it("an unknown tab is all orders", () => {
    expect(orderTab("completed")).toBe("completed")
    expect(orderTab("refunded")).toBe("all")
    expect(orderTab(null)).toBe("all")
  })

  it("the ship form needs a carrier and a tracking number, each next to its field", () => {
    expect(parseShip({ carrier: " ", tracking_number: "" })).toEqual({
      ok: false,
      errors: { carrier: "studio.error.required", tracking_number: "studio.error.required" },
    })
    expect(parseShip({ carrier: " Azərpoçt ", tracking_number: "RR123456789AZ" })).toEqual({
      ok: true,
      body: { carrier: "Azərpoçt", tracking_number: "RR123456789AZ" },
    })
  })

  it("the service form needs a real date and sends no empty note", () => {
    expect(parseConfirmService({ line_item_id: "item_1", service_date: "2026-02-30", note: "" })).toEqual({
      ok: false,
      errors: { service_date: "studio.orders.error.date" },
    })
    expect(parseConfirmService({ line_item_id: "item_1", service_date: "2026-12-20", note: "" })).toEqual({
      ok: true,
      body: { line_item_id: "item_1", service_date: "2026-12-20" },
    })
  })
})
