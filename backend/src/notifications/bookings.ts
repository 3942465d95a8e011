import type { MedusaContainer } from "@medusajs/framework/types"
import { bookingEvents, bookingLinks, buyerTitles, calendar } from "@creative-market/bookings/lib/booking-ics"
import { BOOKING_MODULE } from "@creative-market/bookings/modules/booking"
import type { MailBooking } from "../modules/mail/templates/bookings"

type Row = {
  id: string
  uid: string
  sequence: number
  status: string
  product_id: string
  order_id: string | null
  resource_id: string
} & Record<"starts_at" | "ends_at" | "updated_at", Date | string>

/** An .ics attachment holding the given events. */
const attachment = (events: Awaited<ReturnType<typeof bookingEvents>>, method: "PUBLISH" | "CANCEL" = "PUBLISH") => ({
  filename: "booking.ics",
  content: calendar(events, { method }),
  content_type: `text/calendar; charset=utf-8; method=${method}`,
})

/**
 * Bookings as their e-mails show them, twice: for the buyer, titled with what they bought in their
 * language (the order line's title) and with their .ics link; for the shop, with the product's
 * own title. Each with one .ics holding them all (the bookings plugin's UIDs and SEQUENCE).
 */
export async function mailBookings(container: MedusaContainer, rows: Row[], method: "PUBLISH" | "CANCEL" = "PUBLISH") {
  const service = container.resolve(BOOKING_MODULE) as any
  const resources: any[] = await service.listBookableResources({ id: [...new Set(rows.map((r) => r.resource_id))] }, { withDeleted: true })
  const resource = new Map(resources.map((r) => [r.id, r]))
  const titles = await buyerTitles(container, rows)
  const view = async (buyer: boolean) => {
    const events = (
      await Promise.all(
        rows.map((row) => bookingEvents(container, [row], resource.get(row.resource_id)?.name ?? "", buyer ? titles : undefined)),
      )
    ).flat()
    const bookings = rows.map((row, i): MailBooking => {
      const place = resource.get(row.resource_id)?.name ?? ""
      return {
        id: row.id,
        // bookingEvents titles each event "<product> · <place>"
        title: events[i].summary.slice(0, events[i].summary.length - ` · ${place}`.length),
        resource: place,
        starts_at: new Date(row.starts_at).toISOString(),
        ends_at: new Date(row.ends_at).toISOString(),
        timezone: resource.get(row.resource_id)?.timezone ?? "Asia/Baku",
        ...(buyer ? bookingLinks(container, row.id) : {}),
      }
    })
    return { bookings, attachment: attachment(events, method) }
  }
  return { buyer: await view(true), shop: await view(false) }
}

/** One booking by id (any status), or null. */
export async function loadBooking(container: MedusaContainer, id: string): Promise<Row | null> {
  const [row] = await (container.resolve(BOOKING_MODULE) as any).listBookings({ id })
  return row ?? null
}
