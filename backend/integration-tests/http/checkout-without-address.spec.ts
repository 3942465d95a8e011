import { createTaxRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { bakuAddress, cartWith, checkoutGroup, pay } from "../utils/checkout"
import { ok } from "../utils/http"
import { medusaSuite } from "../utils/medusa-suite"
import { inFiveDays, openThreeShops, type ThreeShops } from "../utils/three-shops"

// what the storefront saves for a purchase with nothing to ship (docs/decisions/043)
const nameAndCountry = { first_name: "Aygün", last_name: "Məmmədova", country_code: "az" }

medusaSuite("checkout_without_address", ({ api, getContainer }) => {
  let fx = {} as ThreeShops
  beforeAll(async () => {
    fx = await openThreeShops(api, getContainer())
    await createTaxRegionsWorkflow(getContainer()).run({
      input: [{ country_code: "az", provider_id: "tp_system", default_tax_rate: { rate: 18, code: "AZ-EDV", name: "ƏDV" } }],
    })
  })

  it("a download and a lesson are bought with the buyer's name and country alone, taxed for that country", async () => {
    const { store, regionId, variant } = fx
    const lines = [{ variant_id: variant("pack") }, { variant_id: variant("lesson"), metadata: { requested_date: inFiveDays() } }]
    const cart = await cartWith(api, store, regionId, lines, { shipping_address: nameAndCountry, billing_address: nameAndCountry })
    const { order_group } = await checkoutGroup(api, store, cart.id)
    const { data } = await api.get(`/store/order-groups/${order_group.id}`, store)
    expect(data.order_group.orders).toHaveLength(2)
    // 18 % ƏDV on 30 + 50, from the country the buyer gave
    expect(data.order_group.tax_total).toBeCloseTo(14.4, 2)
    const order = (await api.get(`/admin/orders/${data.order_group.orders[0].id}?fields=shipping_address.*`, fx.admin)).data.order
    expect([order.shipping_address.country_code, order.shipping_address.address_1 ?? null]).toEqual(["az", null])
  })

  it("a carpet with a download is refused without a street, saying what to add; with the street it completes", async () => {
    const { store, regionId, variant, shipWithCarpets } = fx
    const lines = [{ variant_id: variant("bowl") }, { variant_id: variant("pack") }]
    const cart = await cartWith(api, store, regionId, lines, { shipping_address: nameAndCountry })
    await shipWithCarpets(cart.id)
    await pay(api, store, cart.id)
    const refused = await api.post(`/store/carts/${cart.id}/complete`, {}, { ...store, ...ok })
    expect([refused.status, refused.data.message]).toEqual([
      400,
      "Add a delivery address with a street: the items from Guba Carpets are shipped.",
    ])

    await api.post(`/store/carts/${cart.id}`, { shipping_address: bakuAddress }, store)
    await shipWithCarpets(cart.id)
    const { order_group } = await checkoutGroup(api, store, cart.id)
    expect((await api.get(`/store/order-groups/${order_group.id}`, store)).data.order_group.orders).toHaveLength(2)
  })
})
