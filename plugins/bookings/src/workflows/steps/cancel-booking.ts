import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BOOKING_MODULE } from "../../modules/booking"
import type BookingModuleService from "../../modules/booking/service"

/** Frees the slot: status `cancelled`, SEQUENCE up (calendars drop the entry); compensation restores it. */
export const cancelBookingStep = createStep(
  "cancel-booking",
  async (input: { id: string }, { container }) => {
    const bookings: BookingModuleService = container.resolve(BOOKING_MODULE)
    const before = await bookings.retrieveBooking(input.id)
    const booking = await bookings.updateBookings({
      id: input.id,
      status: "cancelled",
      cancelled_at: new Date(),
      sequence: before.sequence + 1,
    })
    return new StepResponse(booking, { id: input.id, sequence: before.sequence })
  },
  async (undo, { container }) => {
    if (!undo) return
    const bookings: BookingModuleService = container.resolve(BOOKING_MODULE)
    await bookings.updateBookings({ id: undo.id, status: "confirmed", cancelled_at: null, sequence: undo.sequence })
  },
)
