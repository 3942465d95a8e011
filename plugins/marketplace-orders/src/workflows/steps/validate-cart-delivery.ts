import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { readOfferedOptions } from "../../utils/offered-deliveries"
import { staleDelivery, type ChosenDelivery } from "../../utils/stale-delivery"

export type ValidateCartDeliveryInput = {
  cart: { currency_code: string; completed_at?: unknown; shipping_methods?: (ChosenDelivery | null)[] | null } | null
}

/**
 * Each delivery in the cart is still offered as the buyer chose it: a shop may delete or reprice
 * an option while a cart holds it, and Medusa keeps the method until the cart changes. Refused
 * before anything is written, so no order ships by a method that no longer exists (043).
 */
export const validateCartDeliveryStep = createStep("validate-cart-delivery", async ({ cart }: ValidateCartDeliveryInput, { container }) => {
  const methods = (cart?.shipping_methods ?? []).filter((m): m is ChosenDelivery => !!m)
  if (!cart || cart.completed_at || !methods.length) return new StepResponse(undefined)
  const options = await readOfferedOptions(
    container.resolve(ContainerRegistrationKeys.PG_CONNECTION),
    methods.map((m) => m.shipping_option_id).filter((id): id is string => !!id),
  )
  const problem = staleDelivery(methods, options, cart.currency_code)
  if (problem) throw new MedusaError(MedusaError.Types.INVALID_DATA, problem)
  return new StepResponse(undefined)
})
