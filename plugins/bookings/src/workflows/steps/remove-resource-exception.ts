import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { BOOKING_MODULE } from "../../modules/booking"
import type BookingModuleService from "../../modules/booking/service"

/** Removes an exception of this resource (404 for any other); compensation restores it. */
export const removeResourceExceptionStep = createStep(
  "remove-resource-exception",
  async (input: { resource_id: string; exception_id: string }, { container }) => {
    const bookings: BookingModuleService = container.resolve(BOOKING_MODULE)
    const [exception] = await bookings.listResourceExceptions({ id: input.exception_id, resource_id: input.resource_id })
    if (!exception) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Exception ${input.exception_id} was not found on this resource.`)
    await bookings.softDeleteResourceExceptions(exception.id)
    return new StepResponse(exception.id, exception.id)
  },
  async (id, { container }) => {
    if (id) await (container.resolve(BOOKING_MODULE) as BookingModuleService).restoreResourceExceptions(id)
  },
)
