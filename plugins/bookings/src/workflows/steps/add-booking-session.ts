import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { BOOKING_MODULE } from "../../modules/booking"
import type BookingModuleService from "../../modules/booking/service"

export type AddBookingSessionInput = { resource_id: string; variant_id: string; starts_at: string; ends_at: string; capacity?: number }

/** Adds a dated session to a `session` variant booked on this resource; compensation removes it. */
export const addBookingSessionStep = createStep(
  "add-booking-session",
  async (input: AddBookingSessionInput, { container }) => {
    const bookings: BookingModuleService = container.resolve(BOOKING_MODULE)
    const [offering] = await bookings.listBookableVariants(
      { variant_id: input.variant_id, resource_id: input.resource_id, mode: "session" },
      { relations: ["resource"] },
    )
    if (!offering) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `variant_id: ${input.variant_id} is not sold as sessions on this resource.`)
    }
    const session = await bookings.createBookingSessions({
      offering_id: offering.id,
      starts_at: new Date(input.starts_at),
      ends_at: new Date(input.ends_at),
      capacity: input.capacity ?? offering.resource.capacity,
    } as never)
    return new StepResponse(session, session.id)
  },
  async (id, { container }) => {
    if (id) await (container.resolve(BOOKING_MODULE) as BookingModuleService).deleteBookingSessions(id)
  },
)
