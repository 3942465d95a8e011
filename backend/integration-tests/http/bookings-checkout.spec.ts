import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createOrderWorkflow } from "@medusajs/medusa/core-flows"
import { releaseExpiredHoldsWorkflow } from "@creative-market/bookings/workflows"
import { baku, newCart, openBookingShop, startsOf, weekdayAhead, type BookingShop } from "../utils/bookings"
import { customerAccount } from "../utils/actors"
import { checkout, checkoutGroup } from "../utils/checkout"
import { ok } from "../utils/http"
import { publishListing } from "../utils/listings"
import { medusaSuite } from "../utils/medusa-suite"

medusaSuite("bookings_checkout", ({ api, getContainer }) => {
  let fx = {} as BookingShop
  beforeAll(async () => {
    fx = await openBookingShop(api, getContainer())
  })
  const bookings = () => getContainer().resolve("booking") as any

  it("turns the hold into a booking of the order at checkout, and the creator sees it", async () => {
    const { store, regionId, shop, studio, recording, tuesday, hold } = fx
    const cart = await newCart(api, store, regionId)
    const { data } = await hold(cart, recording.variant_id, baku(tuesday, "10:00"))
    const order = await checkout(api, store, cart)
    const booking = await bookings().retrieveBooking(data.hold.id)
    expect([booking.status, booking.order_id]).toEqual(["confirmed", order.id])
    expect(order.items[0].metadata.booking.hold_id).toBe(data.hold.id)
    const { data: calendar } = await api.get(
      `/creator/bookings?from=${encodeURIComponent(baku(tuesday, "00:00"))}&to=${encodeURIComponent(baku(tuesday, "23:59"))}&resource_id=${studio.id}`,
      shop.headers,
    )
    expect(calendar.bookings.map((b: any) => [b.id, b.status])).toEqual([[data.hold.id, "confirmed"]])
    expect(calendar.bookings[0]).toMatchObject({
      product_title: "Recording session",
      order: { id: order.id, display_id: order.display_id },
    })
    // the guest buyer reads the order's bookings with their links; an unknown order is a 404
    const { data: mine } = await api.get(`/store/orders/${order.id}/bookings`, store)
    expect(mine.bookings).toMatchObject([
      { id: data.hold.id, status: "confirmed", resource: { name: "Sound studio", timezone: "Asia/Baku" } },
    ])
    expect((await api.get(new URL(mine.bookings[0].ics_url).pathname + new URL(mine.bookings[0].ics_url).search)).data).toContain(
      `UID:${booking.uid}`,
    )
    expect((await api.get("/store/orders/order_unknown/bookings", { ...store, ...ok })).status).toBe(404)
  })

  it("a buyer who checked out signed out with their account's e-mail reads the bookings with the purchase's receipt, and no one else", async () => {
    const { store, regionId, recording, masterclass, sessionStart, tuesday, hold } = fx
    const email = "account-holder@example.az"
    const owner = await customerAccount(api, store, email)
    const other = await customerAccount(api, store, "someone-else@example.az")
    const cart = await newCart(api, store, regionId, email)
    const { data } = await hold(cart, recording.variant_id, baku(tuesday, "13:00"))
    const { order, order_group } = await checkoutGroup(api, store, cart)
    const guestCart = await newCart(api, store, regionId, "guest@example.az")
    await hold(guestCart, masterclass.variant_id, sessionStart)
    const guest = await checkoutGroup(api, store, guestCart)
    const path = `/store/orders/${order.id}/bookings`
    const status = async (url: string, headers = store) => (await api.get(url, { ...headers, ...ok })).status

    // Medusa put the signed-out checkout on the account: its customer reads the bookings signed in
    expect((await api.get(path, owner)).data.bookings.map((b: any) => b.id)).toEqual([data.hold.id])
    // the browser that placed it, signed out, reads them with the purchase's receipt, links included
    const { data: byReceipt } = await api.get(`${path}?receipt=${encodeURIComponent(order_group.receipt)}`, store)
    expect(byReceipt.bookings).toMatchObject([{ id: data.hold.id, status: "confirmed", token: expect.any(String) }])
    expect(byReceipt.bookings[0].ics_url).toContain(`/bookings/${data.hold.id}/ics?token=`)
    // not the bare id, a forged receipt, another purchase's receipt, nor another signed-in customer
    expect(await status(path)).toBe(404)
    expect(await status(`${path}?receipt=forged`)).toBe(404)
    expect(await status(`${path}?receipt=${encodeURIComponent(guest.order_group.receipt)}`)).toBe(404)
    expect(await status(path, other)).toBe(404)
    // a guest's order still answers to its id
    expect((await api.get(`/store/orders/${guest.order.id}/bookings`, store)).data.bookings).toHaveLength(1)
  })

  it("a bookable variant joins a cart only with its time: the plain line route refuses it, and a booked line stays one slot", async () => {
    const { store, regionId, recording, tuesday, hold } = fx
    const cart = await newCart(api, store, regionId)
    const plain = await api.post(`/store/carts/${cart}/line-items`, { variant_id: recording.variant_id, quantity: 3 }, { ...store, ...ok })
    expect([plain.status, plain.data.message]).toEqual([400, expect.stringContaining("booked by time: choose a slot")])
    const { data } = await hold(cart, recording.variant_id, baku(tuesday, "11:00"))
    const line = data.cart.items.find((item: any) => item.variant_id === recording.variant_id)
    const more = await api.post(`/store/carts/${cart}/line-items/${line.id}`, { quantity: 2 }, { ...store, ...ok })
    expect([more.status, more.data.message]).toEqual([400, expect.stringContaining("one slot")])
    const { data: after } = await api.get(`/store/carts/${cart}`, store)
    expect(after.cart.items.map((item: any) => item.quantity)).toEqual([1])
  })

  it("a service that asks for a date is bought with its slot alone, and its booking is its confirmation: the studio reads it with the order", async () => {
    const { store, regionId, shop, studio, hold } = fx
    const product = await publishListing(api, shop.headers, {
      kind: "service",
      title: "Carpet weaving masterclass",
      service: { delivery: "onsite", lead_time_days: 0, date_required: true },
      variants: [{ title: "60 min", prices: [{ currency_code: "azn", amount: 30 }] }],
    })
    const variantId = product.variants[0].id as string
    await api.post(`/creator/resources/${studio.id}/offerings`, { variant_id: variantId, mode: "slot", duration_minutes: 60 }, shop.headers)
    const cart = await newCart(api, store, regionId)
    const held = await hold(cart, variantId, baku(weekdayAhead(4), "13:00"))
    expect([held.data.message, held.data.hold?.id]).toEqual([undefined, expect.any(String)])
    const order = await checkout(api, store, cart)
    // no free date for a booked line, and none for an order whose only service is booked
    for (const body of [{ line_item_id: order.items[0].id }, {}]) {
      const confirm = await api.post(
        `/creator/orders/${order.id}/service-confirmations`,
        { ...body, service_date: "2026-12-28", note: "See you" },
        { ...shop.headers, ...ok },
      )
      expect([confirm.status, confirm.data.message]).toEqual([400, expect.stringContaining("its booking is its confirmation")])
    }
    const { data } = await api.get(`/creator/bookings?order_id=${order.id}`, shop.headers)
    expect(data.bookings).toMatchObject([
      {
        id: held.data.hold.id,
        status: "confirmed",
        product_title: "Carpet weaving masterclass",
        order: { id: order.id, display_id: order.display_id },
      },
    ])
    // a cancelled booking is still the order's, and still no date to confirm
    await bookings().updateBookings({ id: held.data.hold.id, status: "cancelled", cancelled_at: new Date() })
    expect((await api.get(`/creator/bookings?order_id=${order.id}`, shop.headers)).data.bookings.map((b: any) => b.status)).toEqual([
      "cancelled",
    ])
    const again = await api.post(
      `/creator/orders/${order.id}/service-confirmations`,
      { service_date: "2026-12-28" },
      { ...shop.headers, ...ok },
    )
    expect(again.status).toBe(400)
    // the calendar names the listing and the order too; a range or an order is required
    expect((await api.get("/creator/bookings?resource_id=x", { ...shop.headers, ...ok })).status).toBe(400)
  })

  it("a service line refunded in full, or a cancelled order, has no date to confirm", async () => {
    const { store, regionId, shop, admin } = fx
    const product = await publishListing(api, shop.headers, {
      kind: "service",
      title: "Tar lesson",
      service: { delivery: "onsite", lead_time_days: 0, date_required: false },
      variants: [{ title: "Lesson", prices: [{ currency_code: "azn", amount: 25 }] }],
    })
    const buy = async () => {
      const cart = await newCart(api, store, regionId)
      await api.post(`/store/carts/${cart}/line-items`, { variant_id: product.variants[0].id, quantity: 1 }, store)
      return checkout(api, store, cart)
    }
    const confirm = (orderId: string) =>
      api.post(`/creator/orders/${orderId}/service-confirmations`, { service_date: weekdayAhead(5) }, { ...shop.headers, ...ok })
    const refunded = await buy()
    const refund = await api.post(
      `/admin/marketplace/orders/${refunded.id}/refunds`,
      { line_item_id: refunded.items[0].id },
      { ...admin, ...ok },
    )
    expect([refund.status, refund.data.refund]).toEqual([201, expect.objectContaining({ line_refunded_in_full: true })])
    const late = await confirm(refunded.id)
    expect([late.status, late.data.message]).toEqual([400, expect.stringContaining("was cancelled and refunded")])
    const cancelled = await buy()
    await api.post(`/admin/marketplace/orders/${cancelled.id}/cancel`, {}, admin)
    const gone = await confirm(cancelled.id)
    expect([gone.status, gone.data.message]).toEqual([400, expect.stringContaining("This order was cancelled")])
  })

  it("releases an expired hold with the job and refuses its line at checkout in a sentence", async () => {
    const { store, regionId, recording, tuesday, availability, hold } = fx
    const cart = await newCart(api, store, regionId)
    const { data } = await hold(cart, recording.variant_id, baku(tuesday, "15:00"))
    await bookings().updateBookings({ id: data.hold.id, expires_at: new Date(Date.now() - 60_000) })
    // (the app's own job may get there first: either way the hold ends released)
    await releaseExpiredHoldsWorkflow(getContainer()).run({ input: { now: new Date() } })
    expect((await bookings().retrieveBooking(data.hold.id)).status).toBe("expired")
    expect(startsOf((await availability(recording.product_id, `from=${tuesday}&to=${tuesday}`)).data)).toContain("15:00")
    const error = await checkout(api, store, cart).catch((e: Error) => e)
    expect(String(error)).toMatch(/Recording session.*was released.*pick a time again/)
    const { data: carts } = await getContainer()
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({ entity: "cart", fields: ["id", "completed_at", "order.id"], filters: { id: cart } })
    expect([carts[0].completed_at, carts[0].order?.id]).toEqual([null, undefined])
  })

  it("after a crash between order and bookings the job confirms the paid hold; an unpaid one is released", async () => {
    const { store, regionId, recording, hold } = fx
    const container = getContainer()
    const paidCart = await newCart(api, store, regionId)
    const paid = (await hold(paidCart, recording.variant_id, baku(weekdayAhead(3), "10:00"))).data.hold
    const unpaidCart = await newCart(api, store, regionId)
    const unpaid = (await hold(unpaidCart, recording.variant_id, baku(weekdayAhead(4), "10:00"))).data.hold
    // the order exists and is linked to its cart, but the process stopped before confirm-bookings ran
    const { result: order } = await createOrderWorkflow(container).run({
      input: {
        region_id: regionId,
        email: "buyer@example.az",
        currency_code: "azn",
        items: [
          {
            title: "Recording session",
            quantity: 1,
            unit_price: 40,
            variant_id: recording.variant_id,
            metadata: { booking: { hold_id: paid.id } },
          },
        ],
      } as any,
    })
    await container
      .resolve(ContainerRegistrationKeys.LINK)
      .create({ [Modules.ORDER]: { order_id: order.id }, [Modules.CART]: { cart_id: paidCart } })
    await bookings().updateBookings({ selector: { id: [paid.id, unpaid.id] }, data: { expires_at: new Date(Date.now() - 60_000) } })
    await releaseExpiredHoldsWorkflow(container).run({ input: { now: new Date() } })
    expect(await bookings().retrieveBooking(paid.id)).toMatchObject({ status: "confirmed", order_id: order.id })
    expect(await bookings().retrieveBooking(unpaid.id)).toMatchObject({ status: "expired", order_id: null })
    expect(await bookings().listBookings({ status: "confirmed", order_id: null })).toEqual([])
  })
})
