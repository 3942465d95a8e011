import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { BOOKING_MODULE } from "@creative-market/bookings/modules/booking"
import { mailBookings } from "../notifications/bookings"
import { loadOrder, mailBuyer, mailShop, purchaseUrl } from "../notifications/orders"
import { checkoutsSettled } from "@creative-market/marketplace-orders/utils/checkout-turns"

/**
 * The booking confirmation for the buyer (titled in their language, with the .ics link and the link
 * to the purchase where each booking can be moved or cancelled) and for the shop, each with the
 * slots in the reader's language and an .ics attached.
 */
export default async function bookingConfirmedMail({ event: { data }, container }: SubscriberArgs<{ id: string }>) {
  await checkoutsSettled()
  const rows: any[] = await (container.resolve(BOOKING_MODULE) as any).listBookings({ order_id: data.id, status: "confirmed" })
  const order = rows.length ? await loadOrder(container, data.id) : null
  if (!order) return
  const found = await mailBookings(container, rows)
  await mailBuyer(container, order, {
    template: "booking-confirmed",
    idempotency_key: `booking-confirmed:buyer:${order.id}`,
    trigger: "order.placed",
    attachments: [found.buyer.attachment],
    data: {
      audience: "buyer",
      bookings: found.buyer.bookings,
      ...(order.purchase_id ? { manage_url: purchaseUrl(container, order.purchase_id, order.buyer_locale) } : {}),
    },
  })
  await mailShop(container, order.creator, {
    template: "booking-confirmed",
    idempotency_key: `booking-confirmed:creator:${order.id}`,
    resource: { id: order.id, type: "order" },
    trigger: "order.placed",
    attachments: [found.shop.attachment],
    data: { display_id: order.display_id, audience: "creator", bookings: found.shop.bookings },
  })
}

export const config: SubscriberConfig = { event: "order.placed" }
