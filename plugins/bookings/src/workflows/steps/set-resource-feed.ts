import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BOOKING_MODULE } from "../../modules/booking"
import type BookingModuleService from "../../modules/booking/service"

/** Replaces (or clears) the hash of a resource's calendar feed token: the old URL stops working. */
export const setResourceFeedStep = createStep(
  "set-resource-feed",
  async (input: { id: string; feed_token_hash: string | null }, { container }) => {
    const bookings: BookingModuleService = container.resolve(BOOKING_MODULE)
    const before = await bookings.retrieveBookableResource(input.id)
    await bookings.updateBookableResources({ id: input.id, feed_token_hash: input.feed_token_hash })
    return new StepResponse(undefined, { id: input.id, feed_token_hash: before.feed_token_hash })
  },
  async (undo, { container }) => {
    if (undo) await (container.resolve(BOOKING_MODULE) as BookingModuleService).updateBookableResources(undo)
  },
)
