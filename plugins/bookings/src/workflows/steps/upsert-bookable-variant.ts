import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BOOKING_MODULE } from "../../modules/booking"
import type BookingModuleService from "../../modules/booking/service"

export type UpsertBookableVariantInput = {
  variant_id: string
  product_id: string
  creator_id: string
  resource_id: string
  mode: "slot" | "session"
  duration_minutes?: number
  grid_minutes?: number
}

/** Sets how a variant is booked (one configuration per variant); compensation restores the previous one. */
type Undo = { created?: string; previous?: Record<string, unknown> }

export const upsertBookableVariantStep = createStep(
  "upsert-bookable-variant",
  async (input: UpsertBookableVariantInput, { container }) => {
    const bookings: BookingModuleService = container.resolve(BOOKING_MODULE)
    const [existing] = await bookings.listBookableVariants({ variant_id: input.variant_id })
    const data = {
      ...input,
      duration_minutes: input.duration_minutes ?? null,
      grid_minutes: input.grid_minutes ?? input.duration_minutes ?? null,
    }
    if (existing) {
      const previous = {
        id: existing.id,
        resource_id: existing.resource_id,
        mode: existing.mode,
        duration_minutes: existing.duration_minutes,
        grid_minutes: existing.grid_minutes,
      }
      const offering = await bookings.updateBookableVariants({ id: existing.id, ...data } as never)
      return new StepResponse(offering, { previous } as Undo)
    }
    const offering = await bookings.createBookableVariants(data as never)
    return new StepResponse(offering, { created: offering.id } as Undo)
  },
  async (undo: Undo | undefined, { container }) => {
    const bookings: BookingModuleService = container.resolve(BOOKING_MODULE)
    if (undo?.created) await bookings.deleteBookableVariants(undo.created)
    if (undo?.previous) await bookings.updateBookableVariants(undo.previous as never)
  },
)
