import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { bakuAddress, cartWith, checkoutGroup, pay } from "../utils/checkout"
import { ok } from "../utils/http"
import { medusaSuite } from "../utils/medusa-suite"
import { openThreeShops, type ThreeShops } from "../utils/three-shops"

medusaSuite("split_checkout_refusals", ({ api, getContainer }) => {
  let fx = {} as ThreeShops
  beforeAll(async () => {
    fx = await openThreeShops(api, getContainer())
  })
  /** What a completed checkout writes, counted. */
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

  it("completing a cart twice answers 409 and writes nothing more", async () => {
    const { store, regionId, variant } = fx
    const cart = await cartWith(api, store, regionId, [{ variant_id: variant("pack") }])
    await checkoutGroup(api, store, cart.id)
    const before = await count()
    const again = await api.post(`/store/carts/${cart.id}/complete`, {}, { ...store, ...ok })
    expect(again.status).toBe(409)
    expect(again.data.message).toMatch(/already checked out \(order #\d+\)/)
    expect(await count()).toEqual(before)
  })

  it("refuses a physical item without its creator's delivery, and an item whose shop was suspended, writing nothing", async () => {
    const { store, admin, regionId, sounds, variant, shipWithCarpets } = fx
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

  it("refuses a cart whose digital line holds more than one copy, naming it, before its payment or any order is touched", async () => {
    const { store, regionId, variant } = fx
    const cart = await cartWith(api, store, regionId, [{ variant_id: variant("pack") }])
    // a line from before "a digital line stays 1" (docs/decisions/051), or written directly: the store routes refuse 2 now
    await getContainer().resolve(Modules.CART).updateLineItems(cart.items[0].id, { quantity: 2 })
    await pay(api, store, cart.id)
    const before = await count()
    const refused = await api.post(`/store/carts/${cart.id}/complete`, {}, { ...store, ...ok })
    expect([refused.status, refused.data.message]).toEqual([
      400,
      '"Mugham sample pack" is a digital item: one copy is all a buyer needs. Set its quantity to 1 in your cart, then check out again.',
    ])
    expect(await count()).toEqual(before)
    expect((await api.get(`/store/carts/${cart.id}`, store)).data.cart.completed_at).toBeNull()

    // set to 1, the same cart completes
    await api.post(`/store/carts/${cart.id}/line-items/${cart.items[0].id}`, { quantity: 1 }, store)
    const { order } = await checkoutGroup(api, store, cart.id)
    expect(order.items.map((item: any) => [item.product_title, item.quantity])).toEqual([["Mugham sample pack", 1]])
  })

  it("two buyers racing for the last carpet: one order, the other is told it sold out and keeps no payment", async () => {
    const { store, regionId, variant, shipWithCarpets } = fx
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
    const lost = answers.filter((a) => a.status === 409)
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

  it("a buyer who comes after the last carpet was sold is told it sold out, and their payment is never touched", async () => {
    const { store, regionId, variant, shipWithCarpets } = fx
    const carpetCart = async (email: string) => {
      const cart = await cartWith(api, store, regionId, [{ variant_id: variant("carpet") }], { email, shipping_address: bakuAddress })
      await shipWithCarpets(cart.id)
      await pay(api, store, cart.id)
      return cart
    }
    // both put the carpet in their cart while it was for sale (Medusa refuses to add a sold-out item)
    const [early, cart] = [await carpetCart("early@example.az"), await carpetCart("late@example.az")]
    await checkoutGroup(api, store, early.id)
    const before = await count()
    const late = await api.post(`/store/carts/${cart.id}/complete`, {}, { ...store, ...ok })
    expect([late.status, late.data.message]).toEqual([
      409,
      'Sold out: "Guba carpet" is no longer in stock. Remove it from the cart to check out.',
    ])
    expect(await count()).toEqual(before)
    const { data } = await getContainer()
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({ entity: "cart", fields: ["completed_at", "payment_collection.payment_sessions.status"], filters: { id: cart.id } })
    expect([data[0].completed_at, data[0].payment_collection.payment_sessions.map((s: any) => s.status)]).toEqual([null, ["pending"]])
  })

  it("a crash after the payment was authorised leaves no order, no group, no stock held and a cancelled payment; a retry then succeeds", async () => {
    const { store, regionId, variant, shipWithCarpets } = fx
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
})
