import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BOOKING_MODULE } from "../../modules/booking"
import type BookingModuleService from "../../modules/booking/service"

/** Soft-deletes a resource (its bookings keep pointing at it); compensation restores it. */
export const deleteResourceStep = createStep(
  "delete-resource",
  async (input: { id: string }, { container }) => {
    await (container.resolve(BOOKING_MODULE) as BookingModuleService).softDeleteBookableResources(input.id)
    return new StepResponse(input.id, input.id)
  },
  async (id, { container }) => {
    if (id) await (container.resolve(BOOKING_MODULE) as BookingModuleService).restoreBookableResources(id)
  },
)
