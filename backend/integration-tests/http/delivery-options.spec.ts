import { bakuAddress, cartWith, checkoutGroup } from "../utils/checkout"
import { azn, ok } from "../utils/http"
import { publishListing } from "../utils/listings"
import { medusaSuite } from "../utils/medusa-suite"
import { creatorShippingOption } from "../utils/shipping"
import { openTwoShippingShops } from "../utils/two-shops"

medusaSuite("delivery_options", ({ api, getContainer }) => {
  const fx = {} as Record<string, any>
  beforeAll(async () => {
    const container = getContainer()
    const { market, carpets, sounds, zone, standard: marketplace, carpet, vinyl } = await openTwoShippingShops(api, container)
    Object.assign(fx, {
      store: market.storeHeaders,
      regionId: market.regionId,
      carpets,
      sounds,
      carpet,
      vinyl,
      marketplace: marketplace.id,
      carpetsCourier: await creatorShippingOption(container, zone, carpets.creator.id, 10, [carpet.id], "Carpet courier"),
      soundsPost: await creatorShippingOption(container, zone, sounds.creator.id, 7, [vinyl.id], "Record post"),
    })
  })

  const cartOf = (...products: any[]) =>
    cartWith(
      api,
      fx.store,
      fx.regionId,
      products.map((p) => ({ variant_id: p.variants[0].id })),
      { shipping_address: bakuAddress },
    )

  it("a cart's delivery options say whose each is: each creator's own with its price, the marketplace's with none", async () => {
    const cart = await cartOf(fx.carpet, fx.vinyl)
    const { data } = await api.get(`/store/carts/${cart.id}/delivery-options`, fx.store)
    const seen = data.delivery_options.map((o: any) => [o.name, o.creator_id, o.amount]).sort()
    expect(seen).toEqual(
      [
        ["Carpet courier", fx.carpets.creator.id, 10],
        ["Record post", fx.sounds.creator.id, 7],
        ["Standard delivery", null, 5],
      ].sort(),
    )
    // the same options, prices and rules Medusa's own store route answers
    const medusa = await api.get(`/store/shipping-options?cart_id=${cart.id}`, fx.store)
    expect(data.delivery_options.map((o: any) => o.id).sort()).toEqual(medusa.data.shipping_options.map((o: any) => o.id).sort())
  })

  it("a creator's own option is not offered for a cart without that creator's goods", async () => {
    const cart = await cartOf(fx.carpet)
    const { data } = await api.get(`/store/carts/${cart.id}/delivery-options`, fx.store)
    expect(data.delivery_options.map((o: any) => o.id).sort()).toEqual([fx.carpetsCourier, fx.marketplace].sort())
  })

  it("a cart with nothing to ship (a download) is offered no delivery", async () => {
    const font = await publishListing(api, fx.sounds.headers, {
      kind: "digital",
      title: "Mugham sample pack",
      variants: [{ title: "Licence", prices: azn(15) }],
    })
    const cart = await cartOf(font)
    expect((await api.get(`/store/carts/${cart.id}/delivery-options`, fx.store)).data.delivery_options).toEqual([])
  })

  it("an unknown cart answers 404", async () => {
    const missing = await api.get("/store/carts/cart_missing/delivery-options", { ...fx.store, ...ok })
    expect(missing.status).toBe(404)
  })

  it("choosing each creator's own option pays, and each creator's order carries its own method", async () => {
    const cart = await cartOf(fx.carpet, fx.vinyl)
    for (const option of [fx.carpetsCourier, fx.soundsPost]) {
      await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: option }, fx.store)
    }
    const { order_group } = await checkoutGroup(api, fx.store, cart.id)
    const { data } = await api.get(`/store/order-groups/${order_group.id}`, fx.store)
    expect(data.order_group).toMatchObject({ total: 157, shipping_total: 17 })
    const methods = Object.fromEntries(
      data.order_group.orders.map((o: any) => [o.creator.handle, o.shipping_methods.map((m: any) => [m.name, m.amount])]),
    )
    expect(methods).toEqual({ "guba-carpets": [["Carpet courier", 10]], "mugham-sounds": [["Record post", 7]] })
  })
})
