import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BOOKING_MODULE } from "../../modules/booking"
import type BookingModuleService from "../../modules/booking/service"

export type CreateResourceInput = Record<string, unknown> & { creator_id: string; name: string }

export const createResourceStep = createStep(
  "create-resource",
  async (input: CreateResourceInput, { container }) => {
    const bookings: BookingModuleService = container.resolve(BOOKING_MODULE)
    const resource = await bookings.createBookableResources(input as never)
    return new StepResponse(resource, resource.id)
  },
  async (id, { container }) => {
    if (id) await (container.resolve(BOOKING_MODULE) as BookingModuleService).deleteBookableResources(id)
  },
)
