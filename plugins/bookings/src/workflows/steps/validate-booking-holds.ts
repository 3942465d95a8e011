import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertCartHolds } from "../../lib/cart-bookings"

/** Refuses checkout when a time-slot line has no live hold of this cart (expired, released or missing). */
export const validateBookingHoldsStep = createStep("validate-booking-holds", async (input: { cart_id: string }, { container }) => {
  return new StepResponse(await assertCartHolds(container, input.cart_id))
})
