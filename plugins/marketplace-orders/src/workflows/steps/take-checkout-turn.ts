import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { checkoutTurns } from "../../utils/checkout-turns"

/**
 * Waits for this process's turn to read and write the purchase (docs/decisions/042): checkouts
 * that hold their reservation go one at a time, in order. A failure later gives the turn back.
 */
export const takeCheckoutTurnStep = createStep(
  "take-checkout-turn",
  async (input: { cart_id: string }) => {
    await checkoutTurns.take(input.cart_id)
    return new StepResponse(input.cart_id, input.cart_id)
  },
  async (cartId: string | undefined) => {
    if (cartId) checkoutTurns.give(cartId)
  },
)

/** Lends the turn to the next checkout while the payment provider answers; taking it again comes first. */
export const pauseCheckoutTurnStep = createStep("pause-checkout-turn", async (input: { cart_id: string }) => {
  checkoutTurns.pause(input.cart_id)
  return new StepResponse(input.cart_id)
})

/** Gives the turn back once the purchase is written. */
export const giveCheckoutTurnStep = createStep("give-checkout-turn", async (input: { cart_id: string }) => {
  checkoutTurns.give(input.cart_id)
  return new StepResponse(input.cart_id)
})
