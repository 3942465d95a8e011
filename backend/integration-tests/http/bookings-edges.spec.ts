import { Modules } from "@medusajs/framework/utils"
import { baku, newCart, openBookingShop, weekdayAhead, type BookingShop } from "../utils/bookings"
import { checkout } from "../utils/checkout"
import { ok } from "../utils/http"
import { medusaSuite } from "../utils/medusa-suite"

medusaSuite("bookings_edges", ({ api, getContainer }) => {
  let fx = {} as BookingShop
  beforeAll(async () => {
    fx = await openBookingShop(api, getContainer())
  })
  const bookings = () => getContainer().resolve("booking") as any
  const addSession = (body: Record<string, unknown>) =>
    api.post(`/creator/resources/${fx.hall.id}/sessions`, { variant_id: fx.masterclass.variant_id, ...body }, { ...fx.shop.headers, ...ok })

  it("refuses a second session of a class at the same start, naming the first, and a session that starts in the past", async () => {
    const day = weekdayAhead(1, 14)
    const first = await addSession({ starts_at: baku(day, "10:00"), ends_at: baku(day, "12:00"), capacity: 1 })
    expect(first.status).toBe(201)
    // the same instant written in UTC
    const second = await addSession({ starts_at: `${day}T06:00:00Z`, ends_at: baku(day, "13:00"), capacity: 5 })
    expect([second.status, second.data.message]).toEqual([400, expect.stringMatching(/^starts_at: .*already has a session/)])
    expect(second.data.message).toContain(first.data.session.id)
    expect(second.data.message).toContain(`${day}T10:00:00.000+04:00`)
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10)
    const past = await addSession({ starts_at: baku(yesterday, "10:00"), ends_at: baku(yesterday, "12:00") })
    expect([past.status, past.data.message]).toEqual([400, expect.stringMatching(/^starts_at: .*already passed/)])
    const [offering] = await bookings().listBookableVariants({ variant_id: fx.masterclass.variant_id })
    expect(await bookings().listBookingSessions({ offering_id: offering.id })).toHaveLength(2)
  })

  /**
   * The masterclass's two sessions at 10:00 on a Monday two weeks ahead: one of 1 seat through the
   * API, and one of 5 written past it (a duplicate made before the API refused them); the small one's
   * seat held by another buyer.
   */
  async function twoSessionsAtOneStart() {
    const { store, regionId, masterclass, hold } = fx
    const day = weekdayAhead(1, 14)
    const start = `${day}T06:00:00.000Z`
    expect((await addSession({ starts_at: baku(day, "10:00"), ends_at: baku(day, "12:00"), capacity: 1 })).status).toBe(201)
    const [offering] = await bookings().listBookableVariants({ variant_id: masterclass.variant_id })
    const big = await bookings().createBookingSessions({
      offering_id: offering.id,
      starts_at: new Date(start),
      ends_at: new Date(`${day}T08:00:00.000Z`),
      capacity: 5,
    })
    expect((await hold(await newCart(api, store, regionId, "one@example.az"), masterclass.variant_id, start)).status).toBe(200)
    return { day, start, big }
  }

  it("of two sessions already at one start, the hold takes the one the calendar offers seats in", async () => {
    const { store, regionId, masterclass, availability, hold } = fx
    const { day, start, big } = await twoSessionsAtOneStart()
    const { data } = await availability(masterclass.product_id, `from=${day}&to=${day}`)
    expect(data.variants[0].slots.map((s: any) => [s.start, s.seats_left, s.session_id])).toEqual([[start, 5, big.id]])
    const second = await hold(await newCart(api, store, regionId, "two@example.az"), masterclass.variant_id, start)
    expect([second.status, second.data.message]).toEqual([200, undefined])
    expect((await bookings().retrieveBooking(second.data.hold.id)).session_id).toBe(big.id)
  })

  /** A seat of the fixture's masterclass bought through checkout, with its change link's token from the e-mail. */
  async function bookedSeat(email: string) {
    const { store, regionId, masterclass, sessionStart, hold } = fx
    const cart = await newCart(api, store, regionId, email)
    const { data } = await hold(cart, masterclass.variant_id, sessionStart)
    await checkout(api, store, cart)
    const notifications = getContainer().resolve(Modules.NOTIFICATION)
    for (let attempt = 0; attempt < 50; attempt++) {
      const [mail] = await notifications.listNotifications({ template: "booking-confirmed", to: email })
      const link = (mail?.data as any)?.bookings?.find((b: any) => b.id === data.hold.id)
      if (link) return { id: data.hold.id as string, token: link.token as string }
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    throw new Error("no booking-confirmed e-mail")
  }

  it("a booking moves into the session with seats of two at one start, and not into a session on a closed day", async () => {
    const { store, shop, hall } = fx
    const booked = await bookedSeat("mover@example.az")
    const { start, big } = await twoSessionsAtOneStart()
    const reschedule = (to: string) =>
      api.post(`/store/bookings/${booked.id}/reschedule`, { token: booked.token, start: to }, { ...store, ...ok })
    const moved = await reschedule(start)
    expect([moved.status, moved.data.message]).toEqual([200, undefined])
    expect((await bookings().retrieveBooking(booked.id)).session_id).toBe(big.id)

    const later = weekdayAhead(3, 14)
    expect((await addSession({ starts_at: baku(later, "10:00"), ends_at: baku(later, "12:00") })).status).toBe(201)
    await api.post(`/creator/resources/${hall.id}/exceptions`, { date: later, kind: "closed" }, shop.headers)
    const refused = await reschedule(baku(later, "10:00"))
    expect([refused.status, refused.data.message]).toEqual([400, expect.stringMatching(/^start: The studio is closed/)])
    expect((await bookings().retrieveBooking(booked.id)).session_id).toBe(big.id)
  })

  it("answers a date or time that does not exist with a 400 that says so, on every route that takes one", async () => {
    const { store, shop, hall, studio, recording, monday, availability, hold } = fx
    const cart = await newCart(api, store, fx.regionId)
    for (const start of [
      "2026-12-21T99:00:00Z",
      "2026-12-21T06:60:00Z",
      "2026-13-21T06:00:00Z",
      "2026-12-32T06:00:00Z",
      "2027-02-29T06:00:00Z",
    ]) {
      const held = await hold(cart, recording.variant_id, start)
      expect([start, held.status, held.data.message]).toEqual([start, 400, expect.stringMatching(/^start: Not a real date and time/)])
      const moved = await api.post(`/store/bookings/bkg_unknown/reschedule`, { token: "x", start }, { ...store, ...ok })
      expect([start, moved.status, moved.data.message]).toEqual([start, 400, expect.stringMatching(/^start: Not a real date and time/)])
    }
    const calendar = await api.get(`/creator/bookings?from=2026-W50-1T00:00Z&to=2026-W51-1T00:00Z`, { ...shop.headers, ...ok })
    expect([calendar.status, calendar.data.message]).toEqual([400, expect.stringMatching(/^from: Not a real date and time/)])
    const days = await availability(recording.product_id, `from=2026-12-32&to=${monday}`)
    expect([days.status, days.data.message]).toEqual([400, expect.stringMatching(/^from: Not a real date/)])
    const session = await addSession({ starts_at: "2026-12-32T10:00:00+04:00", ends_at: "2027-01-01T12:00:00+04:00" })
    expect([session.status, session.data.message]).toEqual([400, expect.stringMatching(/^starts_at: Not a real date and time/)])
    const exception = await api.post(
      `/creator/resources/${studio.id}/exceptions`,
      { date: "2027-02-29", kind: "closed" },
      { ...shop.headers, ...ok },
    )
    expect([exception.status, exception.data.message]).toEqual([400, expect.stringMatching(/^date: Not a real date/)])
    // PostgreSQL has no year 0: these reached it as a 500
    const yearZero = await api.post(
      `/creator/resources/${studio.id}/exceptions`,
      { date: "0000-01-01", kind: "closed" },
      { ...shop.headers, ...ok },
    )
    expect([yearZero.status, yearZero.data.message]).toEqual([400, expect.stringMatching(/^date: Not a real date: .* from 1970 on/)])
    const ancient = await addSession({ starts_at: "0000-01-01T10:00:00+04:00", ends_at: "0000-01-01T12:00:00+04:00" })
    expect([ancient.status, ancient.data.message]).toEqual([400, expect.stringMatching(/^starts_at: Not a real date and time/)])
    expect(hall.id).toBeTruthy()
    expect((await api.get(`/store/carts/${cart}`, store)).data.cart.items).toEqual([])
  })

  it("closing a day stops its sessions' sales and answers with the bookings already made on it, which stay", async () => {
    const { store, regionId, shop, hall, masterclass, tuesday, sessionStart, availability, hold } = fx
    const cart = await newCart(api, store, regionId, "early@example.az")
    const { data: held } = await hold(cart, masterclass.variant_id, sessionStart)
    await checkout(api, store, cart)
    const closed = await api.post(
      `/creator/resources/${hall.id}/exceptions`,
      { date: tuesday, kind: "closed", note: "Holiday" },
      { ...shop.headers, ...ok },
    )
    expect(closed.status).toBe(201)
    expect(closed.data.bookings_on_day).toEqual([
      expect.objectContaining({ id: held.hold.id, status: "confirmed", start_local: `${tuesday}T15:00:00.000+04:00` }),
    ])
    expect(closed.data.warning).toMatch(/^1 booking falls in the time you closed on .* stays booked/)
    const { data } = await availability(masterclass.product_id, `from=${tuesday}&to=${tuesday}`)
    expect(data.variants[0].slots).toEqual([])
    const late = await hold(await newCart(api, store, regionId, "late@example.az"), masterclass.variant_id, sessionStart)
    expect([late.status, late.data.message]).toEqual([400, expect.stringMatching(/^start: The studio is closed/)])
    expect((await bookings().retrieveBooking(held.hold.id)).status).toBe("confirmed")

    const extra = await api.post(
      `/creator/resources/${hall.id}/exceptions`,
      { date: weekdayAhead(6), kind: "open", start_time: "10:00", end_time: "12:00" },
      { ...shop.headers, ...ok },
    )
    expect([extra.status, extra.data.bookings_on_day, extra.data.warning]).toEqual([201, [], null])
  })
})
