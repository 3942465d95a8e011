import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { loadBooking, mailBookings } from "../notifications/bookings"
import { loadOrder, mailShop } from "../notifications/orders"

type BookingCancelled = { id: string; order_id: string | null; cancelled_by: string }

/**
 * Tells the shop that its buyer cancelled a booking, so the time is free again (with an .ics that
 * removes it from the shop's calendar). Not for `cancelled_by: "order"`: the order was cancelled or
 * refunded in full, by the shop or an operator, and the buyer already hears of that from
 * `order-canceled` / `order-refunded`. The buyer's own refund e-mail follows the refund
 * (booking-cancelled-refund.ts). Once per booking.
 */
export default async function bookingCancelledMail({ event: { data }, container }: SubscriberArgs<BookingCancelled>) {
  if (data.cancelled_by === "order") return
  const row = await loadBooking(container, data.id)
  const order = row?.order_id ? await loadOrder(container, row.order_id) : null
  if (!row || !order) return
  const { shop } = await mailBookings(container, [row], "CANCEL")
  await mailShop(container, order.creator, {
    template: "booking-cancelled",
    idempotency_key: `booking-cancelled:creator:${row.id}`,
    resource: { id: order.id, type: "order" },
    trigger: "booking.cancelled",
    attachments: [shop.attachment],
    data: { display_id: order.display_id, booking: shop.bookings[0] },
  })
}

export const config: SubscriberConfig = { event: "booking.cancelled" }
