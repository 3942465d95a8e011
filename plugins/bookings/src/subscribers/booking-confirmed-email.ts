import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { bookingLinks } from "../lib/booking-ics"
import { BOOKING_MODULE } from "../modules/booking"
import type BookingModuleService from "../modules/booking/service"

/** The buyer's e-mail with each booked slot, its .ics link and the token for cancelling or moving it. */
export default async function bookingConfirmedEmail({ event, container }: SubscriberArgs<{ id: string }>) {
  const bookings: BookingModuleService = container.resolve(BOOKING_MODULE)
  const rows = await bookings.listBookings({ order_id: event.data.id, status: "confirmed" }, { relations: [] })
  if (!rows.length) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "email"], filters: { id: event.data.id } })
  if (!data[0]?.email) return
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: data[0].email,
    channel: "email",
    template: "booking-confirmed",
    data: {
      order_id: event.data.id,
      bookings: rows.map((b) => ({ id: b.id, uid: b.uid, starts_at: b.starts_at, ends_at: b.ends_at, ...bookingLinks(container, b.id) })),
    },
  })
}

export const config: SubscriberConfig = { event: "order.placed" }
