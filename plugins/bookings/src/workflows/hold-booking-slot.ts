import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { addToCartWorkflow } from "@medusajs/medusa/core-flows"
import { inZone } from "../lib/slots"
import { createBookingHoldStep } from "./steps/create-booking-hold"
import { loadBookableVariantStep } from "./steps/load-bookable-variant"
import { validateBookingSlotStep } from "./steps/validate-booking-slot"
import { validateCartOpenStep } from "./steps/validate-cart-open"

export type HoldBookingSlotInput = { cart_id: string; variant_id: string; start: string; hold_minutes: number }

/**
 * Adds a time slot to a cart: checks it, holds it for `hold_minutes`, and adds the line with the
 * slot in `metadata.booking`. A failure anywhere leaves neither the hold nor the line.
 */
export const holdBookingSlotWorkflow = createWorkflow("hold-booking-slot", (input: HoldBookingSlotInput) => {
  validateCartOpenStep({ cart_id: input.cart_id })
  const offering = loadBookableVariantStep({ variant_id: input.variant_id })
  const slot = validateBookingSlotStep({ offering, start: input.start })
  const hold = createBookingHoldStep({ offering, slot, cart_id: input.cart_id, hold_minutes: input.hold_minutes })
  const items = transform({ input, offering, slot, hold }, ({ input, offering, slot, hold }) => [
    {
      variant_id: input.variant_id,
      quantity: 1,
      metadata: {
        booking: {
          hold_id: hold.id,
          uid: hold.uid,
          start: new Date(slot.start).toISOString(),
          end: new Date(slot.end).toISOString(),
          start_local: inZone(slot.start, offering.resource.timezone),
          timezone: offering.resource.timezone,
          resource_name: offering.resource.name,
          session_id: slot.session_id,
          held_until: new Date(hold.expires_at).toISOString(),
        },
      },
    },
  ])
  addToCartWorkflow.runAsStep({ input: { cart_id: input.cart_id, items } })
  return new WorkflowResponse(hold)
})
