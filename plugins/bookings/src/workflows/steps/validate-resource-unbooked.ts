import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { BOOKING_MODULE } from "../../modules/booking"
import type BookingModuleService from "../../modules/booking/service"

/** A resource with bookings still to come cannot be deleted: cancel or move them first. */
export const validateResourceUnbookedStep = createStep("validate-resource-unbooked", async (input: { id: string }, { container }) => {
  const bookings: BookingModuleService = container.resolve(BOOKING_MODULE)
  const [, count] = await bookings.listAndCountBookings(
    { resource_id: input.id, status: ["held", "confirmed"], ends_at: { $gt: new Date() } },
    { take: 1 },
  )
  if (count) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `This resource has ${count} bookings still to come: cancel or move them before deleting it.`,
    )
  }
  return new StepResponse(undefined)
})
