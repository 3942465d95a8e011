import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { MedusaContainer } from "@medusajs/framework/types"
import { bookingEvents, bookingLinks, calendar } from "@creative-market/bookings/lib/booking-ics"
import { BOOKING_MODULE } from "@creative-market/bookings/modules/booking"
import type { MailBooking } from "../modules/mail/templates/bookings"
import { loadOrder, mailBuyer, mailShop } from "../notifications/orders"
import { checkoutsSettled } from "@creative-market/marketplace-orders/utils/checkout-turns"

/** The order's confirmed bookings with their resources and one .ics holding them all (stable UIDs). */
async function orderBookings(container: MedusaContainer, orderId: string) {
  const service = container.resolve(BOOKING_MODULE) as any
  const rows: any[] = await service.listBookings({ order_id: orderId, status: "confirmed" })
  if (!rows.length) return null
  const resources: any[] = await service.listBookableResources({ id: [...new Set(rows.map((r) => r.resource_id))] }, { withDeleted: true })
  const resource = new Map(resources.map((r) => [r.id, r]))
  const events = (await Promise.all(rows.map((row) => bookingEvents(container, [row], resource.get(row.resource_id)?.name ?? "")))).flat()
  const ics = calendar(events)
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
    }
  })
  return { bookings, attachment: { filename: "booking.ics", content: ics, content_type: "text/calendar; charset=utf-8; method=PUBLISH" } }
}

/**
 * The booking confirmation for the buyer (with the .ics link and the token that cancels or moves
 * it) and for the shop, each with the slots in the reader's language and an .ics attached.
 */
export default async function bookingConfirmedMail({ event: { data }, container }: SubscriberArgs<{ id: string }>) {
  await checkoutsSettled()
  const found = await orderBookings(container, data.id)
  const order = found ? await loadOrder(container, data.id) : null
  if (!found || !order) return
  await mailBuyer(container, order, {
    template: "booking-confirmed",
    idempotency_key: `booking-confirmed:buyer:${order.id}`,
    trigger: "order.placed",
    attachments: [found.attachment],
    data: { audience: "buyer", bookings: found.bookings.map((b) => ({ ...b, ...bookingLinks(container, b.id) })) },
  })
  await mailShop(container, order.creator, {
    template: "booking-confirmed",
    idempotency_key: `booking-confirmed:creator:${order.id}`,
    resource: { id: order.id, type: "order" },
    trigger: "order.placed",
    attachments: [found.attachment],
    data: { display_id: order.display_id, audience: "creator", bookings: found.bookings },
  })
}

export const config: SubscriberConfig = { event: "order.placed" }
