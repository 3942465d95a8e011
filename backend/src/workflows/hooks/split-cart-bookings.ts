// Glue between two plugins that must not import each other (STYLE.md §2): the split checkout of
// marketplace-orders checks a cart's booking holds before any stock or money is touched, and turns
// them into bookings of the creator orders it created, all or nothing (docs/decisions/015).
import { assertCartHolds } from "@creative-market/bookings/lib/cart-bookings"
import { confirmBookings, unconfirmBookings } from "@creative-market/bookings/workflows/steps/confirm-bookings"
import { completeSplitCartWorkflow } from "@creative-market/marketplace-orders/workflows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { StepResponse } from "@medusajs/framework/workflows-sdk"

type Confirmed = Awaited<ReturnType<typeof confirmBookings>>

async function undo(container: MedusaContainer, confirmed: Confirmed[] | undefined) {
  for (const done of confirmed ?? []) await unconfirmBookings(container, done)
}

completeSplitCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  await assertCartHolds(container, cart.id)
  return new StepResponse(undefined)
})

completeSplitCartWorkflow.hooks.ordersPlaced(
  async ({ orders, cart_id }, { container }) => {
    const confirmed: Confirmed[] = []
    try {
      for (const order of orders as { id: string }[]) confirmed.push(await confirmBookings(container, { order_id: order.id, cart_id }))
    } catch (error) {
      await undo(container, confirmed)
      throw error
    }
    return new StepResponse(confirmed, confirmed)
  },
  async (confirmed, { container }) => undo(container, confirmed as Confirmed[] | undefined),
)
