import { approvedShop, type Headers } from "../utils/actors"
import { cartWith, checkoutGroup } from "../utils/checkout"
import { publishListing } from "../utils/listings"
import { openMarketplace } from "../utils/marketplace"
import { medusaSuite } from "../utils/medusa-suite"
import { ok } from "../utils/http"

medusaSuite("admin_marketplace_order", ({ api, getContainer }) => {
  let admin: Headers
  let orderId: string
  let lineId: string
  let creatorId: string
  let buyAnother: () => Promise<{ order: any; order_group: any }>

  beforeAll(async () => {
    const container = getContainer()
    const market = await openMarketplace(api, container)
    admin = market.admin
    const sounds = await approvedShop(api, admin, "sounds@example.az", {
      handle: "mugham-sounds",
      name: "Mugham Sounds",
      programme: "music",
    })
    creatorId = sounds.creator.id
    const pack = await publishListing(api, sounds.headers, {
      kind: "digital",
      title: "Mugham sample pack",
      variants: [{ title: "Personal", prices: [{ currency_code: "azn", amount: 30 }] }],
    })
    await api.post("/admin/commission-rules", { scope: "global", type: "percentage", percentage: 10 }, admin)
    const cart = await cartWith(api, market.storeHeaders, market.regionId, [{ variant_id: pack.variants[0].id }])
    const { order } = await checkoutGroup(api, market.storeHeaders, cart.id)
    orderId = order.id
    lineId = order.items[0].id
    buyAnother = async () =>
      checkoutGroup(
        api,
        market.storeHeaders,
        (await cartWith(api, market.storeHeaders, market.regionId, [{ variant_id: pack.variants[0].id }])).id,
      )
  })

  it("an operator reads a creator's order with its creator, lines and what was refunded so far", async () => {
    await api.post(`/admin/marketplace/orders/${orderId}/refunds`, { line_item_id: lineId, amount: 5, note: "late delivery" }, admin)

    const { status, data } = await api.get(`/admin/marketplace/orders/${orderId}`, admin)
    expect(status).toBe(200)
    expect(data.marketplace_order).toMatchObject({
      id: orderId,
      currency_code: "azn",
      status: "pending",
      creator: { id: creatorId, name: "Mugham Sounds", handle: "mugham-sounds" },
      order_group: { payment_status: expect.any(String) },
      lines: [{ id: lineId, quantity: 1, total: 30, refunded_quantity: 0, refunded_amount: 5, refundable_amount: 25 }],
      refunded_total: 5,
      refunds: [{ line_item_id: lineId, amount: 5, note: "late delivery" }],
    })
  })

  it("an operator captures a purchase paid on confirmation from one of its orders, once", async () => {
    const { order } = await buyAnother()
    const before = await api.get(`/admin/marketplace/orders/${order.id}`, admin)
    expect(before.data.marketplace_order.order_group.payment_status).toBe("authorized")

    const { status, data } = await api.post(`/admin/marketplace/orders/${order.id}/capture`, {}, admin)
    expect(status).toBe(200)
    expect(data.marketplace_order.order_group.payment_status).toBe("captured")
    const { data: medusa } = await api.get(`/admin/orders/${order.id}?fields=payment_status`, admin)
    expect(medusa.order.payment_status).toBe("captured")

    const again = await api.post(`/admin/marketplace/orders/${order.id}/capture`, {}, { ...admin, ...ok })
    expect([again.status, again.data.message]).toEqual([400, expect.stringMatching(/^The payment of purchase #\d+ is already captured\.$/)])
    const unknown = await api.post("/admin/marketplace/orders/order_01UNKNOWN/capture", {}, { ...admin, ...ok })
    expect(unknown.status).toBe(404)
    expect((await api.post(`/admin/marketplace/orders/${order.id}/capture`, { amount: 5 }, { ...admin, ...ok })).status).toBe(400)
  })

  it("an unknown order id answers 404 with a sentence", async () => {
    const { status, data } = await api.get("/admin/marketplace/orders/order_01UNKNOWN", { ...admin, ...ok })
    expect(status).toBe(404)
    expect(data.message).toContain("order_01UNKNOWN")
  })

  it("the route is for operators only", async () => {
    const { status } = await api.get(`/admin/marketplace/orders/${orderId}`, ok)
    expect(status).toBe(401)
  })

  it("the payouts list names each payout's shop", async () => {
    await getContainer().resolve("marketplace_order").createCreatorPayouts({ creator_id: creatorId, currency_code: "azn", amount: 27 })
    const { data } = await api.get("/admin/marketplace/payouts?status=proposed", admin)
    expect(data.payouts).toEqual([
      expect.objectContaining({
        creator_id: creatorId,
        amount: 27,
        creator: { id: creatorId, name: "Mugham Sounds", handle: "mugham-sounds" },
      }),
    ])
  })
})
