import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateShippingOptionsWorkflow } from "@medusajs/medusa/core-flows"
import { toPriceInput, type DeliveryPrices } from "./create-creator-shipping-option"
import { validateOptionPricesStep } from "./steps/validate-option-prices"

export type UpdateCreatorShippingOptionInput = { id: string; name?: string; prices?: DeliveryPrices }

/** A shop renames or reprices its own option; the prices given replace the option's prices (a currency left out is no longer offered). */
export const updateCreatorShippingOptionWorkflow = createWorkflow(
  "update-creator-shipping-option",
  (input: UpdateCreatorShippingOptionInput) => {
    validateOptionPricesStep(transform({ input }, ({ input }) => ({ id: input.id, prices: input.prices })))
    updateShippingOptionsWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => [
        {
          id: input.id,
          ...(input.name ? { name: input.name } : {}),
          ...(input.prices ? { prices: toPriceInput(input.prices) } : {}),
        },
      ]),
    })
    return new WorkflowResponse({ id: input.id })
  },
)
