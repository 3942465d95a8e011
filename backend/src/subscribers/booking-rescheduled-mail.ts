import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { loadBooking, mailBookings } from "../notifications/bookings"
import { loadOrder, mailBuyer, mailShop, purchaseUrl } from "../notifications/orders"

type BookingRescheduled = { id: string; order_id?: string | null; from?: { starts_at: string; ends_at: string } }

/**
 * A booking moved by its buyer: the buyer gets the new time (with the updated .ics and the link to
 * move or cancel it again), the shop the old and the new time. Once per move: the key carries the
 * booking's SEQUENCE, which every move raises.
 */
export default async function bookingRescheduledMail({ event: { data }, container }: SubscriberArgs<BookingRescheduled>) {
  const row = await loadBooking(container, data.id)
  const order = row?.order_id ? await loadOrder(container, row.order_id) : null
  if (!row || !order || row.status !== "confirmed" || !data.from) return
  const { buyer, shop } = await mailBookings(container, [row])
  const key = `${row.id}:${row.sequence}`
  await mailBuyer(container, order, {
    template: "booking-moved",
    idempotency_key: `booking-moved:buyer:${key}`,
    trigger: "booking.rescheduled",
    attachments: [buyer.attachment],
    data: {
      audience: "buyer",
      booking: buyer.bookings[0],
      from: data.from,
      ...(order.purchase_id ? { manage_url: purchaseUrl(container, order.purchase_id, order.buyer_locale) } : {}),
    },
  })
  await mailShop(container, order.creator, {
    template: "booking-moved",
    idempotency_key: `booking-moved:creator:${key}`,
    resource: { id: order.id, type: "order" },
    trigger: "booking.rescheduled",
    attachments: [shop.attachment],
    data: { display_id: order.display_id, audience: "creator", booking: shop.bookings[0], from: data.from },
  })
}

export const config: SubscriberConfig = { event: "booking.rescheduled" }
