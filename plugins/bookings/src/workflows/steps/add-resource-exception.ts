import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BOOKING_MODULE } from "../../modules/booking"
import type BookingModuleService from "../../modules/booking/service"

export type AddResourceExceptionInput = {
  resource_id: string
  date: string
  kind: "closed" | "open"
  start_time?: string
  end_time?: string
  note?: string
}

export const addResourceExceptionStep = createStep(
  "add-resource-exception",
  async (input: AddResourceExceptionInput, { container }) => {
    const bookings: BookingModuleService = container.resolve(BOOKING_MODULE)
    const exception = await bookings.createResourceExceptions({ ...input, resource_id: input.resource_id } as never)
    return new StepResponse(exception, exception.id)
  },
  async (id, { container }) => {
    if (id) await (container.resolve(BOOKING_MODULE) as BookingModuleService).deleteResourceExceptions(id)
  },
)
