import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { inZone } from "../../lib/slots"
import { BOOKING_MODULE } from "../../modules/booking"
import type BookingModuleService from "../../modules/booking/service"
import type { AddBookingSessionInput } from "./add-booking-session"

/**
 * Refuses a session that starts in the past, and a second session of the same class at the same
 * start: a buyer books a session by its start, so two of them could not be told apart (the
 * calendar showed the free seats of one while a hold took the full other). docs/decisions/024.
 */
export const validateBookingSessionStep = createStep("validate-booking-session", async (input: AddBookingSessionInput, { container }) => {
  const bookings: BookingModuleService = container.resolve(BOOKING_MODULE)
  const starts = new Date(input.starts_at)
  if (+starts <= Date.now()) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "starts_at: This time has already passed: a session must start in the future.")
  }
  const [offering] = await bookings.listBookableVariants(
    { variant_id: input.variant_id, resource_id: input.resource_id, mode: "session" },
    { relations: ["resource"] },
  )
  if (!offering) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `variant_id: ${input.variant_id} is not sold as sessions on this resource.`)
  }
  const [existing] = await bookings.listBookingSessions({ offering_id: offering.id, starts_at: starts }, { take: 1 })
  if (existing) {
    const seats = existing.capacity === 1 ? "1 seat" : `${existing.capacity} seats`
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `starts_at: This class already has a session at ${inZone(+starts, offering.resource.timezone)} (${existing.id}, ${seats}); ` +
        "buyers book a session by its start, so pick another time for a second one.",
    )
  }
  return new StepResponse(offering.id)
})
