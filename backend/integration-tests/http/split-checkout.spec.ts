import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { operator, signUpShop, type Headers } from "../utils/actors"
import { bakuAddress, cartWith, checkoutGroup, pay } from "../utils/checkout"
import { publishListing } from "../utils/listings"
import { setUpMarketplace } from "../utils/marketplace"
import { medusaSuite } from "../utils/medusa-suite"
import { creatorShippingOption, shippingZone } from "../utils/shipping"

const azn = (amount: number) => [{ currency_code: "azn", amount }]
const ok = { validateStatus: () => true }
const inFiveDays = () => new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10)

medusaSuite("split_checkout", ({ api, getContainer }) => {
  let store: Headers
  let admin: Headers
  let regionId: string
  let carpets: Awaited<ReturnType<typeof signUpShop>>
  let sounds: Awaited<ReturnType<typeof signUpShop>>
  let lessons: Awaited<ReturnType<typeof signUpShop>>
  let carpetsDelivery: string
  const products: Record<string, any> = {}

  beforeAll(async () => {
    const container = getContainer()
    admin = await operator(api, container)
    const market = await setUpMarketplace(container)
    store = market.storeHeaders
    regionId = market.regionId
    carpets = await signUpShop(api, "carpets@example.az", { handle: "guba-carpets", name: "Guba Carpets" })
    sounds = await signUpShop(api, "sounds@example.az", { handle: "mugham-sounds", name: "Mugham Sounds", programme: "music" })
    lessons = await signUpShop(api, "lessons@example.az", { handle: "tar-lessons", name: "Tar Lessons", programme: "music" })
    for (const shop of [carpets, sounds, lessons]) await api.post(`/admin/creators/${shop.creator.id}/approve`, {}, admin)
    carpetsDelivery = await creatorShippingOption(container, await shippingZone(container, market.locationId), carpets.creator.id, 10)
    products.carpet = await publishListing(api, carpets.headers, {
      kind: "physical",
      title: "Guba carpet",
      variants: [{ title: "1×1.5 m", prices: azn(100), stock: 1 }],
    })
    products.bowl = await publishListing(api, carpets.headers, {
      kind: "physical",
      title: "Copper bowl",
      variants: [{ title: "Small", prices: azn(20), stock: 5 }],
    })
    products.pack = await publishListing(api, sounds.headers, {
      kind: "digital",
      title: "Mugham sample pack",
      variants: [{ title: "Personal", prices: azn(30) }],
    })
    products.lesson = await publishListing(api, lessons.headers, {
      kind: "service",
      title: "Tar masterclass",
      service: { delivery: "remote", lead_time_days: 2, date_required: true },
      variants: [{ title: "1 hour", prices: azn(50) }],
    })
  })

  const variant = (name: string) => products[name].variants[0].id
  const count = async () => {
    const container = getContainer()
    const [orders, groups, reservations, payments] = await Promise.all([
      container.resolve(Modules.ORDER).listOrders({}, { take: 1000 }),
      container.resolve("marketplace_order").listOrderGroups({}, { take: 1000 }),
      container.resolve(Modules.INVENTORY).listReservationItems({}, { take: 1000 }),
      container.resolve(Modules.PAYMENT).listPayments({}, { take: 1000 }),
    ])
    return {
      orders: orders.length,
      groups: groups.length,
      reservations: reservations.length,
      live_payments: payments.filter((p: any) => !p.canceled_at).length,
    }
  }
  const shipWithCarpets = async (cartId: string) =>
    api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: carpetsDelivery }, store)

  it("a cart with a physical, a digital and a service item of three creators completes into one group of three orders", async () => {
    const cart = await cartWith(
      api,
      store,
      regionId,
      [
        { variant_id: variant("carpet") },
        { variant_id: variant("pack") },
        { variant_id: variant("lesson"), metadata: { requested_date: inFiveDays() } },
      ],
      { shipping_address: bakuAddress },
    )
    await shipWithCarpets(cart.id)
    const { order, order_group } = await checkoutGroup(api, store, cart.id)
    expect(order_group).toEqual({ id: expect.stringMatching(/^ogrp_/), display_id: expect.any(Number) })
    expect(order.items.map((item: any) => item.product_title)).toEqual(["Guba carpet"])

    const { data } = await api.get(`/store/order-groups/${order_group.id}`, store)
    const group = data.order_group
    expect(group).toMatchObject({
      id: order_group.id,
      email: "buyer@example.az",
      currency_code: "azn",
      total: 190,
      subtotal: 180,
      shipping_total: 10,
    })
    expect(group.tax_total).toBe(0)
    expect(group.status).toBe("placed")
    const byShop = Object.fromEntries(group.orders.map((o: any) => [o.creator.handle, o]))
    expect(Object.keys(byShop).sort()).toEqual(["guba-carpets", "mugham-sounds", "tar-lessons"])
    expect(byShop["guba-carpets"]).toMatchObject({ total: 110, payment_status: "authorized", fulfillment_status: "not_fulfilled" })
    expect(byShop["guba-carpets"].shipping_methods.map((m: any) => m.amount)).toEqual([10])
    expect(byShop["mugham-sounds"]).toMatchObject({ total: 30, shipping_methods: [] })
    expect(byShop["tar-lessons"].total).toBe(50)
    expect(byShop["tar-lessons"].items[0].metadata.requested_date).toBe(inFiveDays())
    expect(group.orders.reduce((sum: number, o: any) => sum + o.total, 0)).toBe(group.total)
    expect(byShop["guba-carpets"].id).toBe(order.id)

    // the carpet's stock is held for the carpet shop's order line; the digital order got its downloads
    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const { data: reservations } = await query.graph({
      entity: "reservation",
      fields: ["line_item_id", "quantity"],
      filters: { line_item_id: byShop["guba-carpets"].items[0].id },
    })
    expect(reservations).toEqual([{ line_item_id: byShop["guba-carpets"].items[0].id, quantity: 1 }])
    const grants = await waitFor(async () => {
      const found = await getContainer().resolve("listing").listDownloadGrants({ order_id: byShop["mugham-sounds"].id })
      return found.length ? found : undefined
    })
    expect(grants).toHaveLength(1)
  })

  it("completing a cart twice answers 409 and writes nothing more", async () => {
    const cart = await cartWith(api, store, regionId, [{ variant_id: variant("pack") }])
    await checkoutGroup(api, store, cart.id)
    const before = await count()
    const again = await api.post(`/store/carts/${cart.id}/complete`, {}, { ...store, ...ok })
    expect(again.status).toBe(409)
    expect(again.data.message).toMatch(/already checked out \(order #\d+\)/)
    expect(await count()).toEqual(before)
  })

  it("refuses a physical item without its creator's delivery, and an item whose shop was suspended, writing nothing", async () => {
    const noDelivery = await cartWith(api, store, regionId, [{ variant_id: variant("bowl") }, { variant_id: variant("pack") }], {
      shipping_address: bakuAddress,
    })
    await pay(api, store, noDelivery.id)
    const before = await count()
    const refused = await api.post(`/store/carts/${noDelivery.id}/complete`, {}, { ...store, ...ok })
    expect([refused.status, refused.data.message]).toEqual([400, "Choose a delivery option for the items from Guba Carpets."])

    const cart = await cartWith(api, store, regionId, [{ variant_id: variant("bowl") }, { variant_id: variant("pack") }], {
      shipping_address: bakuAddress,
    })
    await shipWithCarpets(cart.id)
    await pay(api, store, cart.id)
    await api.post(`/admin/creators/${sounds.creator.id}/suspend`, { reason: "test" }, admin)
    const suspended = await api.post(`/store/carts/${cart.id}/complete`, {}, { ...store, ...ok })
    await api.post(`/admin/creators/${sounds.creator.id}/approve`, {}, admin)
    expect(suspended.status).toBe(400)
    expect(suspended.data.message).toBe('No longer for sale: "Mugham sample pack". Remove it from the cart to check out.')
    expect(await count()).toEqual(before)
    expect((await api.get(`/store/carts/${cart.id}`, store)).data.cart.completed_at).toBeNull()
  })

  it("two buyers racing for the last carpet: one order, the other is told it sold out and keeps no payment", async () => {
    const carts = []
    for (const email of ["first@example.az", "second@example.az"]) {
      const cart = await cartWith(api, store, regionId, [{ variant_id: variant("carpet") }], { email, shipping_address: bakuAddress })
      await shipWithCarpets(cart.id)
      await pay(api, store, cart.id)
      carts.push(cart)
    }
    const before = await count()
    const answers = await Promise.all(carts.map((cart) => api.post(`/store/carts/${cart.id}/complete`, {}, { ...store, ...ok })))
    const won = answers.filter((a) => a.data.type === "order")
    const lost = answers.filter((a) => a.status === 400)
    expect([won.length, lost.length]).toEqual([1, 1])
    expect(lost[0].data.message).toBe('Sold out: "Guba carpet" is no longer in stock. Remove it from the cart to check out.')
    const after = await count()
    expect(after).toEqual({
      ...before,
      orders: before.orders + 1,
      groups: before.groups + 1,
      reservations: before.reservations + 1,
      live_payments: before.live_payments + 1,
    })
  })

  it("a crash after the payment was authorised leaves no order, no group, no stock held and a cancelled payment; a retry then succeeds", async () => {
    const cart = await cartWith(api, store, regionId, [{ variant_id: variant("bowl") }], {
      email: "crash@example.az",
      shipping_address: bakuAddress,
    })
    await shipWithCarpets(cart.id)
    await pay(api, store, cart.id)
    const before = await count()
    const db = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
    // the database refuses this buyer's orders: the crash happens after the authorisation, at the first order write
    await db.raw(`create or replace function crash_order() returns trigger language plpgsql as $$
      begin if new.email = 'crash@example.az' then raise exception 'simulated crash'; end if; return new; end $$`)
    await db.raw(`create trigger crash_order before insert on "order" for each row execute function crash_order()`)
    const crashed = await api.post(`/store/carts/${cart.id}/complete`, {}, { ...store, ...ok })
    await db.raw(`drop trigger crash_order on "order"`)
    expect(crashed.status).toBe(500)

    const { data: payments } = await getContainer()
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({
        entity: "payment_collection",
        fields: ["payment_sessions.status", "payments.canceled_at"],
        filters: { id: (await api.get(`/store/carts/${cart.id}`, store)).data.cart.payment_collection.id },
      })
    expect(payments[0].payments.map((p: any) => !!p.canceled_at)).toEqual([true])
    expect(await count()).toEqual(before)
    expect((await api.get(`/store/carts/${cart.id}`, store)).data.cart.completed_at).toBeNull()

    await pay(api, store, cart.id)
    const { order_group } = await checkoutGroup(api, store, cart.id)
    expect((await api.get(`/store/order-groups/${order_group.id}`, store)).data.order_group.orders).toHaveLength(1)
  })

  it("an unknown order group answers 404", async () => {
    const response = await api.get("/store/order-groups/ogrp_unknown", { ...store, ...ok })
    expect(response.status).toBe(404)
  })
})

async function waitFor<T>(probe: () => Promise<T | undefined>): Promise<T> {
  for (let i = 0; i < 60; i++) {
    const value = await probe()
    if (value) return value
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error("timed out waiting")
}
