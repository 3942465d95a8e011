import { Modules } from "@medusajs/framework/utils"
import { baku, newCart, openBookingShop, startsOf, type BookingShop } from "../utils/bookings"
import { checkout } from "../utils/checkout"
import { ok } from "../utils/http"
import { medusaSuite } from "../utils/medusa-suite"

medusaSuite("bookings_changes", ({ api, getContainer }) => {
  let fx = {} as BookingShop
  beforeAll(async () => {
    fx = await openBookingShop(api, getContainer())
  })
  const bookings = () => getContainer().resolve("booking") as any

  /** Books a slot through checkout; returns the booking's links from the buyer's confirmation e-mail. */
  let guests = 0
  async function bookThroughCheckout(start: string) {
    const { store, regionId, recording, hold } = fx
    const email = `guest-${++guests}@example.az`
    const cart = await newCart(api, store, regionId, email)
    const { data } = await hold(cart, recording.variant_id, start)
    await checkout(api, store, cart)
    const notifications = getContainer().resolve(Modules.NOTIFICATION)
    for (let attempt = 0; attempt < 50; attempt++) {
      const [mail] = await notifications.listNotifications({ template: "booking-confirmed", to: email })
      if (mail) {
        const link = (mail.data as any).bookings.find((b: any) => b.id === data.hold.id)
        const ics = new URL(link.ics_url)
        return { id: data.hold.id as string, token: link.token as string, ics: ics.pathname + ics.search }
      }
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    throw new Error("no booking-confirmed e-mail")
  }

  it("reschedules inside the policy window keeping the calendar UID, then cancels; the .ics follows", async () => {
    const { store, recording, tuesday, availability } = fx
    const booked = await bookThroughCheckout(baku(tuesday, "10:00"))
    const first = await api.get(booked.ics)
    expect(first.headers["content-type"]).toContain("text/calendar")
    const uid = /\r\nUID:([^\r]+)\r\n/.exec(first.data)![1]
    expect(first.data).toContain(`DTSTART:${tuesday.replace(/-/g, "")}T060000Z`)

    const moved = await api.post(`/store/bookings/${booked.id}/reschedule`, { token: booked.token, start: baku(tuesday, "14:00") }, store)
    expect(moved.data.booking).toMatchObject({ uid, sequence: 1, starts_at: `${tuesday}T10:00:00.000Z` })
    // the order line that paid for it shows the new slot (the confirmation and the account read it there)
    const { order_id } = await bookings().retrieveBooking(booked.id)
    const { data: orders } = await getContainer()
      .resolve("query")
      .graph({ entity: "order", fields: ["items.metadata"], filters: { id: order_id } })
    expect(orders[0].items[0].metadata.booking).toMatchObject({
      hold_id: booked.id,
      start: `${tuesday}T10:00:00.000Z`,
      start_local: `${tuesday}T14:00:00.000+04:00`,
    })
    const again = await api.get(booked.ics)
    expect(again.data).toContain(`UID:${uid}`)
    expect(again.data).toContain("SEQUENCE:1")
    expect(again.data).toContain(`DTSTART:${tuesday.replace(/-/g, "")}T100000Z`)
    expect(startsOf((await availability(recording.product_id, `from=${tuesday}&to=${tuesday}`)).data)).toEqual(["10:00", "11:00"])

    const taken = await bookThroughCheckout(baku(tuesday, "10:00"))
    const clash = await api.post(
      `/store/bookings/${booked.id}/reschedule`,
      { token: booked.token, start: baku(tuesday, "11:00") },
      { ...store, ...ok },
    )
    expect([clash.status, clash.data.message]).toEqual([409, expect.stringContaining("no longer free")])
    expect(taken.id).not.toBe(booked.id)

    const events: any[] = []
    getContainer()
      .resolve(Modules.EVENT_BUS)
      .subscribe("booking.cancelled", async (event: any) => void events.push(event.data))
    const cancelled = await api.post(`/store/bookings/${booked.id}/cancel`, { token: booked.token }, store)
    expect(cancelled.data.booking.status).toBe("cancelled")
    // no money moves here: the event names the order line and the amount the refund path gives back
    await expect
      .poll(() => events.find((e) => e.id === booked.id))
      .toMatchObject({
        order_id: expect.stringMatching(/^order_/),
        line_item_id: expect.stringMatching(/^ordli_/),
        refund: { amount: 40, currency_code: "azn" },
        cancelled_by: "buyer",
      })
    // the backend's glue (booking-cancelled-refund) gives the line's money back through the orders' refund path, once
    const refunds = () =>
      getContainer()
        .resolve("marketplace_order")
        .listCreatorRefunds({ idempotency_key: `booking:${booked.id}` })
    await expect.poll(async () => (await refunds()).length).toBe(1)
    expect((await refunds()).map((r: any) => [Number(r.amount), r.quantity])).toEqual([[40, 1]])
    const last = await api.get(booked.ics)
    expect(last.data).toContain("STATUS:CANCELLED")
    expect(last.data).toContain(`UID:${uid}`)
    expect(startsOf((await availability(recording.product_id, `from=${tuesday}&to=${tuesday}`)).data)).toContain("14:00")
  })

  /** The order a booking was paid in, and the order line that paid for it. */
  async function orderLineOf(bookingId: string) {
    const { order_id } = await bookings().retrieveBooking(bookingId)
    const { data } = await getContainer()
      .resolve("query")
      .graph({ entity: "order", fields: ["id", "items.id", "items.metadata"], filters: { id: order_id } })
    const line = data[0].items.find((item: any) => item.metadata?.booking?.hold_id === bookingId)
    return { order_id: order_id as string, line_item_id: line.id as string }
  }

  it("an operator's cancellation of the order cancels its booking: the slot is free, the .ics says CANCEL, the link cannot move it, nothing is refunded twice", async () => {
    const { store, admin, recording, monday, availability } = fx
    const booked = await bookThroughCheckout(baku(monday, "10:00"))
    const { order_id } = await orderLineOf(booked.id)
    const events: any[] = []
    getContainer()
      .resolve(Modules.EVENT_BUS)
      .subscribe("booking.cancelled", async (event: any) => void events.push(event.data))
    expect(startsOf((await availability(recording.product_id, `from=${monday}&to=${monday}`)).data)).not.toContain("10:00")

    await api.post(`/admin/marketplace/orders/${order_id}/cancel`, {}, admin)
    const shown = async () => (await api.get(`/store/orders/${order_id}/bookings`, store)).data.bookings[0].status
    await expect.poll(shown).toBe("cancelled")
    expect(startsOf((await availability(recording.product_id, `from=${monday}&to=${monday}`)).data)).toContain("10:00")
    expect((await api.get(booked.ics)).data).toContain("STATUS:CANCELLED")
    const move = await api.post(
      `/store/bookings/${booked.id}/reschedule`,
      { token: booked.token, start: baku(monday, "14:00") },
      { ...store, ...ok },
    )
    expect([move.status, move.data.message]).toEqual([400, expect.stringContaining("This booking is cancelled")])
    // the money came back with the order: the booking's own refund path has nothing to do
    await expect.poll(() => events.find((e) => e.id === booked.id)).toMatchObject({ order_id, refund: null, cancelled_by: "order" })
    const marketplace = getContainer().resolve("marketplace_order")
    expect(await marketplace.listCreatorRefunds({ idempotency_key: `booking:${booked.id}` })).toEqual([])
  })

  it("a booking's line refunded in full cancels the booking; a refund does not come twice", async () => {
    const { store, admin, recording, monday, availability } = fx
    const booked = await bookThroughCheckout(baku(monday, "14:00"))
    const { order_id, line_item_id } = await orderLineOf(booked.id)
    const { data } = await api.post(`/admin/marketplace/orders/${order_id}/refunds`, { line_item_id }, admin)
    expect(data.refund).toMatchObject({ amount: 40, line_refunded_in_full: true })
    await expect.poll(async () => (await bookings().retrieveBooking(booked.id)).status).toBe("cancelled")
    expect(startsOf((await availability(recording.product_id, `from=${monday}&to=${monday}`)).data)).toContain("14:00")
    const move = await api.post(
      `/store/bookings/${booked.id}/reschedule`,
      { token: booked.token, start: baku(monday, "16:00") },
      { ...store, ...ok },
    )
    expect(move.status).toBe(400)
    const refunds = await getContainer().resolve("marketplace_order").listCreatorRefunds({ order_id })
    expect(refunds.map((r: any) => Number(r.amount))).toEqual([40])
  })

  it("refuses a cancellation inside the shop's notice period with the reason, and a wrong link with 404", async () => {
    const { store, shop, studio, tuesday } = fx
    const booked = await bookThroughCheckout(baku(tuesday, "10:00"))
    await api.post(`/creator/resources/${studio.id}`, { cancel_notice_hours: 24 * 60 }, shop.headers)
    const late = await api.post(`/store/bookings/${booked.id}/cancel`, { token: booked.token }, { ...store, ...ok })
    expect([late.status, late.data.message]).toEqual([400, expect.stringContaining("up to 1440 hours before")])
    const forged = await api.post(`/store/bookings/${booked.id}/cancel`, { token: "forged" }, { ...store, ...ok })
    expect(forged.status).toBe(404)
    expect((await api.get(`/bookings/${booked.id}/ics?token=forged`, ok)).status).toBe(404)
    expect((await bookings().retrieveBooking(booked.id)).status).toBe("confirmed")
  })

  it("gives the creator a private calendar feed per resource that a new URL or revoking turns off", async () => {
    const { shop, studio, tuesday } = fx
    const booked = await bookThroughCheckout(baku(tuesday, "10:00"))
    const path = (url: string) => new URL(url).pathname
    const { data: first } = await api.post(`/creator/resources/${studio.id}/feed`, {}, shop.headers)
    const feed = await api.get(path(first.feed_url))
    expect(feed.data).toContain("X-WR-CALNAME:Sound studio")
    expect(feed.data).toContain(`UID:${booked.id}@creative-market.az`)
    expect(feed.data).not.toContain("guest-")
    const { data: second } = await api.post(`/creator/resources/${studio.id}/feed`, {}, shop.headers)
    expect((await api.get(path(first.feed_url), ok)).status).toBe(404)
    expect((await api.get(path(second.feed_url), ok)).status).toBe(200)
    await api.delete(`/creator/resources/${studio.id}/feed`, shop.headers)
    expect((await api.get(path(second.feed_url), ok)).status).toBe(404)
  })
})
