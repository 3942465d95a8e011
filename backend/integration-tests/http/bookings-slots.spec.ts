import { Modules } from "@medusajs/framework/utils"
import { baku, newCart, openBookingShop, startsOf, weekdayAhead, type BookingShop } from "../utils/bookings"
import { medusaSuite } from "../utils/medusa-suite"

medusaSuite("bookings_slots", ({ api, getContainer }) => {
  let fx = {} as BookingShop
  beforeAll(async () => {
    fx = await openBookingShop(api, getContainer())
  })
  const bookings = () => getContainer().resolve("booking") as any

  /** Buyers' carts for a race, made in one call to the Cart module (the race is in adding the slot). */
  async function manyCarts(count: number, prefix: string): Promise<string[]> {
    const carts = await getContainer()
      .resolve(Modules.CART)
      .createCarts(
        Array.from({ length: count }, (_, i) => ({
          region_id: fx.regionId,
          sales_channel_id: fx.salesChannelId,
          currency_code: "azn",
          email: `${prefix}${i}@example.az`,
        })),
      )
    return carts.map((cart) => cart.id)
  }

  it("lists a day's free slots in UTC, in the asked time zone and in the studio's", async () => {
    const { recording, monday, availability } = fx
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
    const { shop, studio, recording, monday, tuesday, availability } = fx
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
    const { recording, monday, tuesday, availability } = fx
    const tz = await availability(recording.product_id, `from=${monday}&to=${monday}&tz=Mars/Olympus`)
    expect([tz.status, tz.data.message]).toEqual([400, expect.stringContaining("tz")])
    const order = await availability(recording.product_id, `from=${tuesday}&to=${monday}`)
    expect([order.status, order.data.message]).toEqual([400, expect.stringContaining("from")])
    const long = await availability(recording.product_id, `from=2027-01-01&to=2027-06-01`)
    expect([long.status, long.data.message]).toEqual([400, expect.stringContaining("to")])
    expect((await availability(recording.product_id, `from=yesterday&to=${monday}`)).status).toBe(400)
  })

  it("holds a slot in the cart: the line shows it, the slot (and its buffer) leaves the calendar, a second buyer gets 409", async () => {
    const { store, regionId, recording, monday, availability, hold } = fx
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
    const { store, regionId, recording, masterclass, monday, tuesday, hold } = fx
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

  it("sells the seats of a session until it is full", async () => {
    const { store, regionId, masterclass, sessionStart, tuesday, availability, hold } = fx
    const { data } = await availability(masterclass.product_id, `from=${tuesday}&to=${tuesday}`)
    expect(data.variants[0].slots).toEqual([expect.objectContaining({ start: new Date(sessionStart).toISOString(), seats_left: 20 })])
    const cart = await newCart(api, store, regionId)
    expect((await hold(cart, masterclass.variant_id, sessionStart)).status).toBe(200)
    const after = await availability(masterclass.product_id, `from=${tuesday}&to=${tuesday}`)
    expect(after.data.variants[0].slots[0].seats_left).toBe(19)
  })

  it("the database refuses two overlapping holds on a studio even when the application's check is skipped", async () => {
    const { shop, studio, recording } = fx
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
    const { studio, recording, hold } = fx
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
    const { shop, hall, masterclass, hold } = fx
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
