import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateShippingOptionsWorkflow } from "@medusajs/medusa/core-flows"
import { upsertTranslationsStep } from "@creative-market/creator-shops/workflows"
import { byLocale, type LocalizedText } from "@creative-market/creator-shops/utils/translations"
import { toPriceInput, type DeliveryPrices } from "./create-creator-shipping-option"
import { validateOptionPricesStep } from "./steps/validate-option-prices"

export type UpdateCreatorShippingOptionInput = {
  id: string
  name?: string
  translations?: { name?: LocalizedText }
  prices?: DeliveryPrices
}

/**
 * A shop renames or reprices its own option; the prices given replace the option's prices (a
 * currency left out is no longer offered), a language's name given replaces it (`null` removes it).
 */
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
    upsertTranslationsStep(
      transform({ input }, ({ input }) => ({
        reference: "shipping_option",
        reference_id: input.id,
        translations: byLocale({ name: input.translations?.name }),
      })),
    )
    return new WorkflowResponse({ id: input.id })
  },
)
