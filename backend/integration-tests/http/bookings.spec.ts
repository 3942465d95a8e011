import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createOrderWorkflow } from "@medusajs/medusa/core-flows"
import { releaseExpiredHoldsWorkflow } from "@creative-market/bookings/workflows"
import { approvedShop, signUpShop, type Headers } from "../utils/actors"
import { baku, bookableListing, newCart, weekdayAhead } from "../utils/bookings"
import { checkout } from "../utils/checkout"
import { openMarketplace } from "../utils/marketplace"
import { medusaSuite } from "../utils/medusa-suite"
import { ok } from "../utils/http"
const weekdays = [1, 2, 3, 4, 5].map((day) => ({ day, opens: "10:00", closes: "18:00" }))

medusaSuite("bookings", ({ api, getContainer }) => {
  let store: Headers
  let regionId: string
  let salesChannelId: string
  let shop: Awaited<ReturnType<typeof signUpShop>>
  let studio: { id: string }
  let hall: { id: string }
  let recording: { product_id: string; variant_id: string }
  let masterclass: { product_id: string; variant_id: string }
  let sessionStart: string
  const monday = weekdayAhead(1)
  const tuesday = weekdayAhead(2)

  const bookings = () => getContainer().resolve("booking") as any
  const availability = (productId: string, query: string) =>
    api.get(`/store/products/${productId}/availability?${query}`, { ...store, ...ok })
  const hold = (cartId: string, variantId: string, start: string) =>
    api.post(`/store/carts/${cartId}/booking-slots`, { variant_id: variantId, start }, { ...store, ...ok })
  const startsOf = (data: any) => data.variants[0].slots.map((s: any) => s.resource_local.start.slice(11, 16))

  /** Buyers' carts for a race, made in one call to the Cart module (the race is in adding the slot). */
  async function manyCarts(count: number, prefix: string): Promise<string[]> {
    const carts = await getContainer()
      .resolve(Modules.CART)
      .createCarts(
        Array.from({ length: count }, (_, i) => ({
          region_id: regionId,
          sales_channel_id: salesChannelId,
          currency_code: "azn",
          email: `${prefix}${i}@example.az`,
        })),
      )
    return carts.map((cart) => cart.id)
  }

  beforeAll(async () => {
    const container = getContainer()
    const market = await openMarketplace(api, container)
    const { admin } = market
    ;({ storeHeaders: store, regionId } = market)
    salesChannelId = market.salesChannelId
    shop = await approvedShop(api, admin, "studios@example.az", { handle: "centre-studios", programme: "music" })
    studio = (
      await api.post(
        "/creator/resources",
        { name: "Sound studio", opening_hours: weekdays, buffer_after_minutes: 30, min_notice_minutes: 60, window_days: 60 },
        shop.headers,
      )
    ).data.resource
    hall = (await api.post("/creator/resources", { name: "Masterclass hall", capacity: 20, opening_hours: weekdays }, shop.headers)).data
      .resource
    recording = await bookableListing(api, shop.headers, studio.id, "Recording session", {
      mode: "slot",
      duration_minutes: 120,
      grid_minutes: 60,
    })
    masterclass = await bookableListing(api, shop.headers, hall.id, "AI in animation masterclass", { mode: "session" })
    sessionStart = baku(tuesday, "15:00")
    await api.post(
      `/creator/resources/${hall.id}/sessions`,
      { variant_id: masterclass.variant_id, starts_at: sessionStart, ends_at: baku(tuesday, "18:00") },
      shop.headers,
    )
  })

  it("lists a day's free slots in UTC, in the asked time zone and in the studio's", async () => {
    const { status, data } = await availability(recording.product_id, `from=${monday}&to=${monday}&tz=Asia/Baku`)
    expect(status).toBe(200)
    expect(startsOf(data)).toEqual(["10:00", "11:00", "12:00", "13:00", "14:00", "15:00", "16:00"])
    const { data: berlin } = await availability(
      recording.product_id,
      `from=${encodeURIComponent(baku(monday, "00:00"))}&to=${encodeURIComponent(baku(monday, "23:59"))}&tz=Europe/Berlin`,
    )
    const first = berlin.variants[0].slots[0]
    expect(first.start).toBe(`${monday}T06:00:00.000Z`)
    expect(first.resource_local.start).toBe(`${monday}T10:00:00.000+04:00`)
    // Berlin is on CET (UTC+1) or CEST (UTC+2) depending on the date of the test run
    expect(first.local.start).toMatch(new RegExp(`^${monday}T0[78]:00:00.000\\+0[12]:00$`))
    expect(Object.keys(first).sort()).toEqual(["end", "local", "resource_local", "seats_left", "start"])
  })

  it("closes a day for a holiday, opens extra hours, and blocks time", async () => {
    const saturday = weekdayAhead(6)
    const holiday = await api.post(
      `/creator/resources/${studio.id}/exceptions`,
      { date: monday, kind: "closed", note: "Holiday" },
      shop.headers,
    )
    await api.post(
      `/creator/resources/${studio.id}/exceptions`,
      { date: saturday, kind: "open", start_time: "11:00", end_time: "15:00" },
      shop.headers,
    )
    const block = await api.post(
      `/creator/resources/${studio.id}/exceptions`,
      { date: tuesday, kind: "closed", start_time: "13:00", end_time: "14:00" },
      shop.headers,
    )
    expect(startsOf((await availability(recording.product_id, `from=${monday}&to=${monday}`)).data)).toEqual([])
    expect(startsOf((await availability(recording.product_id, `from=${saturday}&to=${saturday}`)).data)).toEqual([
      "11:00",
      "12:00",
      "13:00",
    ])
    // 12:00–14:00 and 11:00–13:00 (+30 min after) run into the block
    expect(startsOf((await availability(recording.product_id, `from=${tuesday}&to=${tuesday}`)).data)).toEqual([
      "10:00",
      "14:00",
      "15:00",
      "16:00",
    ])
    await api.delete(`/creator/resources/${studio.id}/exceptions/${holiday.data.exception.id}`, shop.headers)
    await api.delete(`/creator/resources/${studio.id}/exceptions/${block.data.exception.id}`, shop.headers)
    expect(startsOf((await availability(recording.product_id, `from=${monday}&to=${monday}`)).data)).toHaveLength(7)
  })

  it("refuses an unknown time zone, from after to and a range over 92 days, naming the field", async () => {
    const tz = await availability(recording.product_id, `from=${monday}&to=${monday}&tz=Mars/Olympus`)
    expect([tz.status, tz.data.message]).toEqual([400, expect.stringContaining("tz")])
    const order = await availability(recording.product_id, `from=${tuesday}&to=${monday}`)
    expect([order.status, order.data.message]).toEqual([400, expect.stringContaining("from")])
    const long = await availability(recording.product_id, `from=2027-01-01&to=2027-06-01`)
    expect([long.status, long.data.message]).toEqual([400, expect.stringContaining("to")])
    expect((await availability(recording.product_id, `from=yesterday&to=${monday}`)).status).toBe(400)
  })

  it("holds a slot in the cart: the line shows it, the slot (and its buffer) leaves the calendar, a second buyer gets 409", async () => {
    const cart = await newCart(api, store, regionId)
    const { status, data } = await hold(cart, recording.variant_id, baku(monday, "10:00"))
    expect(status).toBe(200)
    expect(data.cart.items).toHaveLength(1)
    expect(data.cart.items[0].metadata.booking).toMatchObject({
      hold_id: data.hold.id,
      start: `${monday}T06:00:00.000Z`,
      start_local: `${monday}T10:00:00.000+04:00`,
      timezone: "Asia/Baku",
      resource_name: "Sound studio",
    })
    const minutes = (Date.parse(data.hold.expires_at) - Date.now()) / 60_000
    expect(minutes).toBeGreaterThan(13)
    expect(minutes).toBeLessThanOrEqual(15)
    // 10:00–12:00 plus 30 minutes after: 11:00 and 12:00 overlap as well
    expect(startsOf((await availability(recording.product_id, `from=${monday}&to=${monday}`)).data)).toEqual([
      "13:00",
      "14:00",
      "15:00",
      "16:00",
    ])

    const other = await newCart(api, store, regionId, "late@example.az")
    const refused = await hold(other, recording.variant_id, baku(monday, "11:00"))
    expect([refused.status, refused.data.message]).toEqual([409, expect.stringContaining("no longer free")])
    expect((await api.get(`/store/carts/${other}`, store)).data.cart.items).toEqual([])
  })

  it("refuses a wrong start with a 4xx naming the field and writes nothing", async () => {
    const cart = await newCart(api, store, regionId)
    const [before] = await bookings().listAndCountBookings({})
    const cases: [string, string, number][] = [
      [recording.variant_id, "2020-01-06T10:00:00+04:00", 400], // the past
      [recording.variant_id, baku(monday, "10:30"), 400], // off the grid
      [recording.variant_id, baku(monday, "08:00"), 400], // before opening
      [recording.variant_id, baku(monday, "17:00"), 400], // runs past closing
      [recording.variant_id, baku(weekdayAhead(1, 70), "10:00"), 400], // beyond the 60-day window
      [masterclass.variant_id, baku(tuesday, "16:00"), 400], // no session then
    ]
    for (const [variant, start, code] of cases) {
      const { status, data } = await hold(cart, variant, start)
      expect([start, status, data.message]).toEqual([start, code, expect.stringMatching(/^start: /)])
    }
    const unknown = await hold(cart, "variant_unknown", baku(monday, "14:00"))
    expect([unknown.status, unknown.data.message]).toEqual([404, expect.stringContaining("variant_id")])
    const malformed = await hold(cart, recording.variant_id, "monday 10am")
    expect([malformed.status, malformed.data.message]).toEqual([400, expect.stringContaining("start")])
    const [after] = await bookings().listAndCountBookings({})
    expect(after.length).toBe(before.length)
    expect((await api.get(`/store/carts/${cart}`, store)).data.cart.items).toEqual([])
  })

  it("turns the hold into a booking of the order at checkout, and the creator sees it", async () => {
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

  it("sells the seats of a session until it is full", async () => {
    const { data } = await availability(masterclass.product_id, `from=${tuesday}&to=${tuesday}`)
    expect(data.variants[0].slots).toEqual([expect.objectContaining({ start: new Date(sessionStart).toISOString(), seats_left: 20 })])
    const cart = await newCart(api, store, regionId)
    expect((await hold(cart, masterclass.variant_id, sessionStart)).status).toBe(200)
    const after = await availability(masterclass.product_id, `from=${tuesday}&to=${tuesday}`)
    expect(after.data.variants[0].slots[0].seats_left).toBe(19)
  })

  it("releases an expired hold with the job and refuses its line at checkout in a sentence", async () => {
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

  /** Books a slot through checkout; returns the booking's links from the buyer's confirmation e-mail. */
  let guests = 0
  async function bookThroughCheckout(start: string) {
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

  it("refuses a cancellation inside the shop's notice period with the reason, and a wrong link with 404", async () => {
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

  it("the database refuses two overlapping holds on a studio even when the application's check is skipped", async () => {
    const [offering] = await bookings().listBookableVariants({ variant_id: recording.variant_id })
    const row = (id: string) => ({
      uid: `${id}@test`,
      status: "held",
      creator_id: shop.creator.id,
      resource_id: studio.id,
      offering_id: offering.id,
      variant_id: recording.variant_id,
      product_id: recording.product_id,
      starts_at: new Date(baku(weekdayAhead(5), "10:00")),
      ends_at: new Date(baku(weekdayAhead(5), "12:00")),
      occupied_from: new Date(baku(weekdayAhead(5), "10:00")),
      occupied_until: new Date(baku(weekdayAhead(5), "12:30")),
      exclusive: true,
      expires_at: new Date(Date.now() + 600_000),
    })
    await bookings().createBookings(row("first"))
    await expect(bookings().createBookings({ ...row("second"), starts_at: new Date(baku(weekdayAhead(5), "12:15")) })).rejects.toThrow()
    await expect(bookings().createBookings(row("second"))).rejects.toThrow()
  })

  it("100 buyers racing for one studio hour: exactly one holds it", async () => {
    const start = baku(weekdayAhead(3, 14), "14:00")
    const carts = await manyCarts(100, "racer")
    const answers = await Promise.all(carts.map((cart) => hold(cart, recording.variant_id, start)))
    const statuses = answers.map((a) => a.status).sort()
    expect(statuses.filter((s) => s === 200)).toHaveLength(1)
    expect(statuses.filter((s) => s === 409)).toHaveLength(99)
    const rows = await bookings().listBookings({ resource_id: studio.id, starts_at: new Date(start), status: ["held", "confirmed"] })
    expect(rows).toHaveLength(1)
  }, 300_000)

  it("200 buyers racing for a 20-seat class: exactly 20 hold a seat, each a different one", async () => {
    const day = weekdayAhead(4, 14)
    const start = baku(day, "15:00")
    await api.post(
      `/creator/resources/${hall.id}/sessions`,
      { variant_id: masterclass.variant_id, starts_at: start, ends_at: baku(day, "17:00") },
      shop.headers,
    )
    const carts = await manyCarts(200, "seat")
    const answers = await Promise.all(carts.map((cart) => hold(cart, masterclass.variant_id, start)))
    expect(answers.filter((a) => a.status === 200)).toHaveLength(20)
    expect(answers.filter((a) => a.status === 409)).toHaveLength(180)
    const rows = await bookings().listBookings({ resource_id: hall.id, starts_at: new Date(start), status: ["held", "confirmed"] })
    expect(new Set(rows.map((r: any) => r.seat_no)).size).toBe(20)
  }, 300_000)
})
