import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BOOKING_MODULE } from "../../modules/booking"
import type BookingModuleService from "../../modules/booking/service"

export type UpdateResourceInput = { id: string; data: Record<string, unknown> }

/** Updates a resource's fields; compensation puts the previous values back. */
export const updateResourceStep = createStep(
  "update-resource",
  async ({ id, data }: UpdateResourceInput, { container }) => {
    const bookings: BookingModuleService = container.resolve(BOOKING_MODULE)
    const before = await bookings.retrieveBookableResource(id)
    const previous = Object.fromEntries(Object.keys(data).map((key) => [key, (before as Record<string, unknown>)[key]]))
    const resource = await bookings.updateBookableResources({ id, ...data } as never)
    return new StepResponse(resource, { id, previous })
  },
  async (undo, { container }) => {
    if (undo)
      await (container.resolve(BOOKING_MODULE) as BookingModuleService).updateBookableResources({ id: undo.id, ...undo.previous } as never)
  },
)
