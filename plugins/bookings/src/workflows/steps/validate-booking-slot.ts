import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { checkSlot, type OfferingRecord } from "../../lib/check-slot"
import { BOOKING_MODULE } from "../../modules/booking"
import type BookingModuleService from "../../modules/booking/service"

export type ValidateBookingSlotInput = { offering: OfferingRecord; start: string; ignore_id?: string }

/** Refuses a start in the past, inside the notice, beyond the window, off the grid, outside hours or taken. */
export const validateBookingSlotStep = createStep("validate-booking-slot", async (input: ValidateBookingSlotInput, { container }) => {
  const bookings: BookingModuleService = container.resolve(BOOKING_MODULE)
  const slot = await checkSlot(bookings, input.offering, Date.parse(input.start), Date.now(), input.ignore_id)
  return new StepResponse(slot)
})
