import type { MedusaContainer } from "@medusajs/framework/types"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { assertCartHolds } from "../../lib/cart-bookings"
import { confirmBookings, unconfirmBookings } from "../steps/confirm-bookings"

type Handler<I> = (input: I, context: { container: MedusaContainer }) => Promise<StepResponse<unknown, unknown>>
type Compensation = (data: never, context: { container: MedusaContainer }) => Promise<void>

// Declared with createHook inside completeCartWorkflow but left out of its type (only `validate` is typed).
const hooks = completeCartWorkflow.hooks as unknown as {
  beforePaymentAuthorization: (invoke: Handler<{ input: { id: string } }>) => void
  orderCreated: (invoke: Handler<{ order_id: string; cart_id: string }>, compensate: Compensation) => void
}

// Medusa's own cart completion (until the orders plugin's one replaces it). The `validate` hook
// belongs to creator-shops (one handler per hook), so holds are checked just before the payment
// is authorised, after the order is drafted: a refusal there removes the order and takes no money.
hooks.beforePaymentAuthorization(async ({ input }, { container }) => {
  await assertCartHolds(container, input.id)
  return new StepResponse(undefined)
})

// Hold → booking once the order exists; if this fails the workflow compensates the order and the payment.
hooks.orderCreated(
  async ({ order_id, cart_id }, { container }) => {
    const confirmed = await confirmBookings(container, { order_id, cart_id })
    return new StepResponse(confirmed, confirmed)
  },
  async (confirmed: Awaited<ReturnType<typeof confirmBookings>>, { container }) => unconfirmBookings(container, confirmed),
)
