import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** The cart exists and is not completed yet. */
export const validateCartOpenStep = createStep("validate-cart-open", async (input: { cart_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: ["id", "completed_at"], filters: { id: input.cart_id } })
  if (!data.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart ${input.cart_id} was not found.`)
  if (data[0].completed_at) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This cart is already checked out: start a new one.")
  return new StepResponse(undefined)
})
