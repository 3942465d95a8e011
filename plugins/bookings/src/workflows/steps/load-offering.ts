import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { OfferingRecord } from "../../lib/check-slot"
import { BOOKING_MODULE } from "../../modules/booking"
import type BookingModuleService from "../../modules/booking/service"

/** A booking configuration with its resource's schedule, by id. */
export const loadOfferingStep = createStep("load-offering", async (input: { id: string }, { container }) => {
  const bookings: BookingModuleService = container.resolve(BOOKING_MODULE)
  const offering = await bookings.retrieveBookableVariant(input.id, { relations: ["resource", "resource.exceptions"] })
  return new StepResponse(offering as unknown as OfferingRecord)
})
