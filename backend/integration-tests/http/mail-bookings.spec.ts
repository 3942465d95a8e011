import { rmSync } from "node:fs"
import { Modules } from "@medusajs/framework/utils"
import { approvedShop, signUpShop, type Headers } from "../utils/actors"
import { baku, bookableListing, weekdayAhead } from "../utils/bookings"
import { cartWith, checkoutGroup } from "../utils/checkout"
import { publishListing } from "../utils/listings"
import { mailsTo, ownMailDir, readMails } from "../utils/mail"
import { openMarketplace } from "../utils/marketplace"
import { medusaSuite } from "../utils/medusa-suite"
import { azn } from "../utils/http"

// The mails of bookings (docs/decisions/015, 018): the slot, the .ics, the buyer's link to change it.
const mailDir = ownMailDir("mail-bookings")

const STOREFRONT = "http://localhost:3000"

/** The first truthy answer of `look`, polled for up to five seconds. */
async function waitFor<T>(look: () => Promise<T | undefined>): Promise<T> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const found = await look()
    if (found) return found
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error("nothing arrived")
}

medusaSuite("mail_bookings", ({ api, getContainer }) => {
  let store: Headers
  let regionId: string
  const shops: Record<string, Awaited<ReturnType<typeof signUpShop>>> = {}
  let recording: { product_id: string; variant_id: string }
  let resourceId: string

  beforeAll(async () => {
    const market = await openMarketplace(api, getContainer())
    ;({ storeHeaders: store, regionId } = market)
    shops.studios = await approvedShop(api, market.admin, "studios@example.az", {
      handle: "studios-shop",
      name: "Centre Studios",
      programme: "music",
    })
    const weekdays = [1, 2, 3, 4, 5].map((day) => ({ day, opens: "10:00", closes: "18:00" }))
    const { data } = await api.post(
      "/creator/resources",
      { name: "Sound studio", opening_hours: weekdays, window_days: 60 },
      shops.studios.headers,
    )
    resourceId = data.resource.id
    recording = await bookableListing(api, shops.studios.headers, data.resource.id, "Recording session", {
      mode: "slot",
      duration_minutes: 120,
      grid_minutes: 60,
    })
  })

  afterAll(() => rmSync(mailDir, { recursive: true, force: true }))

  it("a booking mails the buyer and the shop the slot in their language with the same .ics (stable UID)", async () => {
    const tuesday = weekdayAhead(2)
    const cart = await cartWith(api, store, regionId, [], { email: "kamran@example.az", locale: "en" })
    const { data: held } = await api.post(
      `/store/carts/${cart.id}/booking-slots`,
      { variant_id: recording.variant_id, start: baku(tuesday, "10:00") },
      store,
    )
    const { order, order_group } = await checkoutGroup(api, store, cart.id)
    const booking = await (getContainer().resolve("booking") as any).retrieveBooking(held.hold.id)
    expect(booking).toMatchObject({ status: "confirmed", order_id: order.id })

    const [buyer] = await mailsTo(mailDir, "kamran@example.az", "booking-confirmed")
    expect(buyer.subject).toBe(`Your booking is confirmed · Order #${order_group.display_id} · Centre Studios`)
    const [y, m, d] = tuesday.split("-").map(Number)
    const months = [
      "January",
      "February",
      "March",
      "April",
      "May",
      "June",
      "July",
      "August",
      "September",
      "October",
      "November",
      "December",
    ]
    expect(buyer.text).toContain(`- Recording session · Sound studio: ${d} ${months[m - 1]} ${y}, 10:00–12:00 (Asia/Baku)`)
    expect(buyer.text).toContain(`/bookings/${booking.id}/ics?token=`)
    const [creator] = await mailsTo(mailDir, "studios@example.az", "booking-confirmed")
    expect(creator.subject).toBe(`Yeni rezervasiya · Sifariş #${order.display_id} · Centre Studios`)
    expect(creator.text).not.toContain("/ics?token=")

    for (const mail of [buyer, creator]) {
      expect(mail.attachments).toHaveLength(1)
      const [ics] = mail.attachments
      expect([ics.filename, ics.contentType]).toEqual(["booking.ics", "text/calendar"])
      const text = ics.content.toString("utf8")
      expect(text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true)
      expect(text).toContain(`\r\nUID:${booking.uid}\r\n`)
      expect(text).toContain(`DTSTART:${tuesday.replace(/-/g, "")}T060000Z`)
      expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true)
    }
  })

  it("a Russian buyer's booking mails carry the title they bought and a link that opens the purchase anywhere; moving it tells buyer and shop, cancelling tells the shop, once", async () => {
    const studio = shops.studios.headers
    const hire = await publishListing(api, studio, {
      kind: "service",
      title: "Sound studio hire",
      translations: { title: { ru: "Аренда звукозаписывающей студии" } },
      service: { delivery: "onsite", lead_time_days: 0, date_required: false },
      variants: [{ title: "60 min", prices: azn(40) }],
    })
    const variantId = hire.variants[0].id as string
    await api.post(
      `/creator/resources/${resourceId}/offerings`,
      { variant_id: variantId, mode: "slot", duration_minutes: 60, grid_minutes: 60 },
      studio,
    )
    const wednesday = weekdayAhead(3)
    const email = "leyla@example.az"
    const cart = await cartWith(api, store, regionId, [], { email, locale: "ru" })
    await api.post(`/store/carts/${cart.id}/booking-slots`, { variant_id: variantId, start: baku(wednesday, "10:00") }, store)
    const { order, order_group } = await checkoutGroup(api, store, cart.id)
    const manage = `${STOREFRONT}/ru/orders/${order_group.id}?group=1&receipt=${order_group.receipt}`

    const [confirmed] = await mailsTo(mailDir, email, "booking-confirmed")
    expect(confirmed.subject).toMatch(/^Бронирование подтверждено/)
    expect(confirmed.text).toContain("Аренда звукозаписывающей студии · Sound studio: ")
    expect(confirmed.text).not.toContain("Sound studio hire")
    expect(confirmed.text).toContain(`Перенести или отменить бронирование:\n${manage}`)
    // a calendar folds lines longer than 75 octets (RFC 5545 §3.1)
    const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, "")
    expect(unfold(confirmed.attachments[0].content.toString("utf8"))).toContain("SUMMARY:Аренда звукозаписывающей студии · Sound studio")
    // the link's receipt opens the purchase; a forged one does not, not even a guest's
    const ok = { validateStatus: () => true }
    expect((await api.get(`/store/order-groups/${order_group.id}?receipt=${order_group.receipt}`, { ...store, ...ok })).status).toBe(200)
    expect((await api.get(`/store/order-groups/${order_group.id}?receipt=forged`, { ...store, ...ok })).status).toBe(404)
    const [placed] = await mailsTo(mailDir, email, "purchase-placed")
    expect(placed.text).toContain(`Посмотреть покупку:\n${manage}`)
    // the shop's calendar keeps the shop's own title
    const shopConfirmed = await waitFor(async () =>
      (await mailsTo(mailDir, "studios@example.az", "booking-confirmed")).find((m) =>
        m.text!.includes("Sound studio hire · Sound studio: "),
      ),
    )
    expect(shopConfirmed.text).not.toContain("receipt=")

    const notifications = getContainer().resolve(Modules.NOTIFICATION)
    const [sent] = await notifications.listNotifications({ template: "booking-confirmed", to: email })
    const { id, token, ics_url } = (sent.data as any).bookings[0]
    const ics = await api.get(new URL(ics_url).pathname + new URL(ics_url).search)
    expect(unfold(ics.data)).toContain("SUMMARY:Аренда звукозаписывающей студии · Sound studio")

    await api.post(`/store/bookings/${id}/reschedule`, { token, start: baku(wednesday, "14:00") }, store)
    const [moved] = await mailsTo(mailDir, email, "booking-moved")
    expect(moved.subject).toBe(`Бронирование перенесено · Заказ #${order_group.display_id} · Centre Studios`)
    expect(moved.text).toMatch(/Прежнее время: .*10:00–11:00 \(Asia\/Baku\)/)
    expect(moved.text).toMatch(/Новое время: .*14:00–15:00 \(Asia\/Baku\)/)
    expect(moved.text).toContain("Аренда звукозаписывающей студии · Sound studio")
    expect(moved.text).toContain(`Перенести или отменить бронирование:\n${manage}`)
    const movedIcs = unfold(moved.attachments[0].content.toString("utf8"))
    expect(movedIcs).toContain(`DTSTART:${wednesday.replace(/-/g, "")}T100000Z`)
    expect(movedIcs).toContain("SEQUENCE:1")
    const [shopMoved] = await mailsTo(mailDir, "studios@example.az", "booking-moved")
    expect(shopMoved.subject).toBe(`Rezervasiya köçürüldü · Sifariş #${order.display_id} · Centre Studios`)
    expect(shopMoved.text).toMatch(/Əvvəlki vaxt: .*10:00–11:00 .*\n.*Yeni vaxt: .*14:00–15:00/)

    await api.post(`/store/bookings/${id}/cancel`, { token }, store)
    const [cancelled] = await mailsTo(mailDir, "studios@example.az", "booking-cancelled")
    expect(cancelled.subject).toBe(`Rezervasiya ləğv edildi · Sifariş #${order.display_id} · Centre Studios`)
    expect(cancelled.text).toContain("14:00–15:00")
    expect(cancelled.attachments[0].content.toString("utf8")).toContain("STATUS:CANCELLED")
    // a redelivered event mails nobody twice; a cancellation the order caused mails nothing here
    const bus = getContainer().resolve(Modules.EVENT_BUS)
    await bus.emit({ name: "booking.cancelled", data: { id, order_id: order.id, line_item_id: null, refund: null, cancelled_by: "buyer" } })
    await bus.emit({
      name: "booking.rescheduled",
      data: { id, order_id: order.id, from: { starts_at: baku(wednesday, "10:00"), ends_at: baku(wednesday, "11:00") } },
    })
    await new Promise((resolve) => setTimeout(resolve, 1500))
    expect(await readMails(mailDir).then((all) => all.filter((m) => /booking-(moved|cancelled)/.test(m.template)).length)).toBe(3)
  })
})
