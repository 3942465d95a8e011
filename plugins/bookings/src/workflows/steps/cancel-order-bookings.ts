import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { holdIdOf } from "../../lib/cart-bookings"
import { BOOKING_MODULE } from "../../modules/booking"
import type BookingModuleService from "../../modules/booking/service"

export type CancelOrderBookingsInput = {
  order_id: string
  /** only the bookings these order lines paid for; all of the order's when left out */
  line_item_ids?: string[]
}

type Cancelled = { id: string; order_id: string; line_item_id: string | null; sequence: number }

/**
 * Cancels the confirmed bookings of an order taken back (slot freed, SEQUENCE up, so the .ics says
 * CANCEL); whatever the buyer's notice window says, since the shop or the operator decided.
 * Compensation confirms them again.
 */
export const cancelOrderBookingsStep = createStep(
  "cancel-order-bookings",
  async (input: CancelOrderBookingsInput, { container }) => {
    const bookings: BookingModuleService = container.resolve(BOOKING_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "order", fields: ["id", "items.id", "items.metadata"], filters: { id: input.order_id } })
    // an order line names the booking it paid for in metadata.booking.hold_id
    const lineOf = new Map<string, string>()
    for (const item of (data[0]?.items ?? []) as { id: string; metadata?: Record<string, unknown> | null }[]) {
      const hold = holdIdOf(item)
      if (hold) lineOf.set(hold, item.id)
    }
    const found = await bookings.listBookings({ order_id: input.order_id, status: "confirmed" }, { take: null })
    const wanted = found.filter((b) => !input.line_item_ids || input.line_item_ids.includes(lineOf.get(b.id) ?? ""))
    const cancelled: Cancelled[] = []
    for (const booking of wanted) {
      await bookings.updateBookings({ id: booking.id, status: "cancelled", cancelled_at: new Date(), sequence: booking.sequence + 1 })
      cancelled.push({ id: booking.id, order_id: input.order_id, line_item_id: lineOf.get(booking.id) ?? null, sequence: booking.sequence })
    }
    return new StepResponse(cancelled, cancelled)
  },
  async (cancelled, { container }) => {
    if (!cancelled?.length) return
    const bookings: BookingModuleService = container.resolve(BOOKING_MODULE)
    for (const b of cancelled) await bookings.updateBookings({ id: b.id, status: "confirmed", cancelled_at: null, sequence: b.sequence })
  },
)
