import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { planSplit, requireStreet, type SplitCart } from "../../utils/split-plan"

export type ValidateSplitCartInput = {
  cart: (SplitCart & { id: string; completed_at?: unknown }) | null
  existing_group: { display_id: number } | null
}

/** Everything that makes a cart impossible to complete, checked before anything is written. */
export const validateSplitCartStep = createStep("validate-split-cart", async ({ cart, existing_group }: ValidateSplitCartInput) => {
  if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Cart not found.")
  if (existing_group || cart.completed_at) {
    const which = existing_group ? ` (order #${existing_group.display_id})` : ""
    throw new MedusaError(MedusaError.Types.CONFLICT, `This cart was already checked out${which}: start a new cart to buy again.`)
  }
  const plan = planSplit(cart)
  requireStreet(cart, plan)
  return new StepResponse(plan)
})
