import { Modules } from "@medusajs/framework/utils"
import { bakuAddress, cartWith, checkoutGroup, pay } from "../utils/checkout"
import { ok } from "../utils/http"
import { medusaSuite } from "../utils/medusa-suite"
import { openTwoShippingShops } from "../utils/two-shops"

// docs/decisions/054: an order ships by the delivery it was placed with; a shop that delivers its goods itself is held to it
medusaSuite("creator_delivery_changes", ({ api, getContainer }) => {
  const fx = {} as Record<string, any>
  beforeAll(async () => {
    const { market, carpets, sounds, standard, carpet, vinyl } = await openTwoShippingShops(api, getContainer())
    Object.assign(fx, {
      admin: market.admin,
      store: market.storeHeaders,
      regionId: market.regionId,
      carpets,
      sounds,
      carpet,
      vinyl,
      standard: standard.id,
    })
  })

  const courier = { name: "Carpet courier", prices: { azn: 8 } }
  const cartOf = (...products: any[]) =>
    cartWith(
      api,
      fx.store,
      fx.regionId,
      products.map((p) => ({ variant_id: p.variants[0].id })),
      { shipping_address: bakuAddress },
    )
  /** Buys the carpet with delivery option `optionId`; answers the carpet shop's order. */
  const buyCarpet = async (optionId: string) => {
    const cart = await cartOf(fx.carpet)
    await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: optionId }, fx.store)
    const { order_group } = await checkoutGroup(api, fx.store, cart.id)
    const { data } = await api.get(`/store/order-groups/${order_group.id}`, fx.store)
    return data.order_group.orders[0] as { id: string; display_id: number }
  }
  const ship = (orderId: string) =>
    api.post(`/creator/orders/${orderId}/fulfillments`, { carrier: "Azərpoçt", tracking_number: "RR1" }, { ...fx.carpets.headers, ...ok })

  it("an order placed with the marketplace's delivery ships after the shop adds its first own option", async () => {
    const order = await buyCarpet(fx.standard)
    expect((await api.post("/creator/shipping-options", courier, fx.carpets.headers)).status).toBe(201)
    const shipped = await ship(order.id)
    expect([shipped.status, shipped.data.order?.fulfillment_status]).toEqual([201, "shipped"])
    expect(shipped.data.order.fulfillments[0]).toMatchObject({ carrier: "Azərpoçt", tracking_numbers: ["RR1"] })
  })

  it("an operator fulfils in Medusa's Admin an order placed before the shop moved its goods to its own delivery", async () => {
    const order = await buyCarpet(fx.standard)
    expect((await api.post("/creator/shipping-options", courier, fx.carpets.headers)).status).toBe(201)
    const { data } = await api.get(`/admin/orders/${order.id}`, fx.admin)
    const items = data.order.items.map((item: any) => ({ id: item.id, quantity: item.quantity }))
    const fulfilled = await api.post(`/admin/orders/${order.id}/fulfillments`, { items }, { ...fx.admin, ...ok })
    expect([fulfilled.status, fulfilled.data.message]).toEqual([200, undefined])
    const seen = await api.get(`/creator/orders/${order.id}`, fx.carpets.headers)
    expect(seen.data.order.fulfillment_status).toBe("fulfilled")
  })

  it("an option unshipped orders still use cannot be deleted; once they shipped, the shop's last option goes", async () => {
    const option = (await api.post("/creator/shipping-options", courier, fx.carpets.headers)).data.shipping_option
    const order = await buyCarpet(option.id)
    const refused = await api.delete(`/creator/shipping-options/${option.id}`, { ...fx.carpets.headers, ...ok })
    expect([refused.status, refused.data.message]).toEqual([
      400,
      `Order #${order.display_id} still ships with "Carpet courier": mark it shipped (or have it cancelled), then delete the option.`,
    ])
    expect((await api.get("/creator/shipping-options", fx.carpets.headers)).data.shipping_options.map((o: any) => o.id)).toEqual([
      option.id,
    ])
    expect((await ship(order.id)).status).toBe(201)
    expect((await api.delete(`/creator/shipping-options/${option.id}`, fx.carpets.headers)).data.deleted).toBe(true)
  })

  it("an order whose delivery was removed behind the shop's back is refused with a sentence, not a crash", async () => {
    const option = (await api.post("/creator/shipping-options", courier, fx.carpets.headers)).data.shipping_option
    const order = await buyCarpet(option.id)
    // an operator's Admin, or a deletion before unshipped orders kept an option, soft-deletes it under the order
    await getContainer().resolve(Modules.FULFILLMENT).softDeleteShippingOptions([option.id])
    const refused = await ship(order.id)
    expect([refused.status, refused.data.message]).toEqual([
      400,
      'The delivery "Carpet courier" this order was placed with was deleted, so it cannot be marked shipped: ask the marketplace for help.',
    ])
  })

  it("a shop that delivers its goods itself cannot have them bought with the marketplace's delivery", async () => {
    await api.post("/creator/shipping-options", courier, fx.carpets.headers)
    // the marketplace's delivery is right for the vinyl, so Medusa takes it; completion refuses the carpet without its shop's delivery
    const mixed = await cartOf(fx.carpet, fx.vinyl)
    await api.post(`/store/carts/${mixed.id}/shipping-methods`, { option_id: fx.standard }, fx.store)
    await pay(api, fx.store, mixed.id)
    const completed = await api.post(`/store/carts/${mixed.id}/complete`, {}, { ...fx.store, ...ok })
    expect([completed.status, completed.data.message]).toEqual([400, "Choose a delivery option for the items from Guba Carpets."])
    // a cart of the carpet alone has nothing the marketplace's delivery could carry
    const alone = await cartOf(fx.carpet)
    const added = await api.post(`/store/carts/${alone.id}/shipping-methods`, { option_id: fx.standard }, { ...fx.store, ...ok })
    expect([added.status, added.data.message]).toEqual([
      400,
      'The delivery "Standard delivery" cannot carry anything in this cart: Guba Carpets delivers its goods itself.',
    ])
  })
})
