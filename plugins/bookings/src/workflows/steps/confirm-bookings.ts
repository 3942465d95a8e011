import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { orderHoldIds } from "../../lib/cart-bookings"
import { BOOKING_MODULE } from "../../modules/booking"
import type BookingModuleService from "../../modules/booking/service"

export type ConfirmBookingsInput = { order_id: string; cart_id: string }
type Confirmed = { ids: string[]; order_id: string }

/** Turns the holds an order's lines carry into bookings of that order; throws (409) when one is gone. */
export async function confirmBookings(container: MedusaContainer, input: ConfirmBookingsInput): Promise<Confirmed> {
  const ids = await orderHoldIds(container, input.order_id)
  const bookings: BookingModuleService = container.resolve(BOOKING_MODULE)
  await bookings.confirmHolds(ids, input.cart_id, input.order_id)
  return { ids, order_id: input.order_id }
}

export async function unconfirmBookings(container: MedusaContainer, confirmed: Confirmed | undefined) {
  if (!confirmed?.ids.length) return
  const bookings: BookingModuleService = container.resolve(BOOKING_MODULE)
  await bookings.unconfirmHolds(confirmed.ids, confirmed.order_id)
}

/**
 * Hold → booking for one order, all or nothing; compensation turns them back into holds.
 * Exported for the orders plugin's completion workflow (one call per creator order).
 */
export const confirmBookingsStep = createStep(
  "confirm-bookings",
  async (input: ConfirmBookingsInput, { container }) => {
    const confirmed = await confirmBookings(container, input)
    return new StepResponse(confirmed, confirmed)
  },
  async (confirmed, { container }) => unconfirmBookings(container, confirmed),
)
