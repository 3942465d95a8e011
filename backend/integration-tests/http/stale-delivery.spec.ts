import { approvedShops } from "../utils/actors"
import { bakuAddress, cartWith, checkoutGroup, pay } from "../utils/checkout"
import { azn, ok } from "../utils/http"
import { publishListing } from "../utils/listings"
import { openMarketplace } from "../utils/marketplace"
import { medusaSuite } from "../utils/medusa-suite"
import { marketplaceShippingOption, shippingZone } from "../utils/shipping"

// a shop deletes or reprices its delivery while a buyer's cart holds it (docs/decisions/043)
medusaSuite("stale_delivery", ({ api, getContainer }) => {
  const fx = {} as Record<string, any>
  beforeAll(async () => {
    const container = getContainer()
    const market = await openMarketplace(api, container)
    const { carpets } = await approvedShops(api, market.admin, ["carpets"])
    const standard = await marketplaceShippingOption(container, await shippingZone(container, market.locationId), 5)
    const carpet = await publishListing(api, carpets.headers, {
      kind: "physical",
      title: "Guba carpet",
      variants: [{ title: "1×1.5 m", prices: azn(100), stock: 3 }],
    })
    Object.assign(fx, {
      store: market.storeHeaders,
      admin: market.admin,
      regionId: market.regionId,
      carpets,
      carpet,
      standard: standard.id,
    })
  })

  /** The carpet shop's courier at 8 AZN, and a paid cart for the carpet that chose it. */
  const cartWithCourier = async () => {
    const { data } = await api.post("/creator/shipping-options", { name: "Carpet courier", prices: { azn: 8 } }, fx.carpets.headers)
    const cart = await cartWith(api, fx.store, fx.regionId, [{ variant_id: fx.carpet.variants[0].id }], { shipping_address: bakuAddress })
    await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: data.shipping_option.id }, fx.store)
    await pay(api, fx.store, cart.id)
    return { cartId: cart.id as string, optionId: data.shipping_option.id as string }
  }
  const complete = (cartId: string) => api.post(`/store/carts/${cartId}/complete`, {}, { ...fx.store, ...ok })
  const deliveryOf = async (orderId: string) => {
    const { data } = await api.get(`/admin/orders/${orderId}?fields=shipping_total,shipping_methods.name`, fx.admin)
    return [data.order.shipping_methods.map((m: any) => m.name), data.order.shipping_total]
  }

  it("a delivery its shop deleted is refused by name with what to do, nothing is written; chosen again, the purchase completes", async () => {
    const { cartId, optionId } = await cartWithCourier()
    await api.delete(`/creator/shipping-options/${optionId}`, fx.carpets.headers)
    const refused = await complete(cartId)
    expect([refused.status, refused.data.message]).toEqual([
      400,
      'The delivery "Carpet courier" is no longer offered by its shop: choose a delivery again at checkout.',
    ])
    expect((await api.get(`/store/carts/${cartId}`, fx.store)).data.cart.completed_at).toBeNull()

    // the shop's goods went back to the marketplace's delivery: the buyer chooses it, and the deleted method goes
    await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: fx.standard }, fx.store)
    const { order } = await checkoutGroup(api, fx.store, cartId)
    expect(await deliveryOf(order.id)).toEqual([["Standard delivery"], 5])
  })

  it("a delivery repriced since it was chosen is refused with both fees; chosen again, it costs the new fee", async () => {
    const { cartId, optionId } = await cartWithCourier()
    await api.post(`/creator/shipping-options/${optionId}`, { prices: { azn: 12 } }, fx.carpets.headers)
    const refused = await complete(cartId)
    expect([refused.status, refused.data.message]).toEqual([
      400,
      'The delivery "Carpet courier" now costs 12.00 AZN instead of 8.00 AZN: choose a delivery again at checkout.',
    ])

    await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: optionId }, fx.store)
    const { order } = await checkoutGroup(api, fx.store, cartId)
    expect(await deliveryOf(order.id)).toEqual([["Carpet courier"], 12])
  })
})
