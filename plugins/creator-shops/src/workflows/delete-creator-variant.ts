import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import { validateVariantOfProductStep } from "./steps/validate-variant-of-product"
import { validateVariantRemovableStep } from "./steps/validate-variant-removable"

export type DeleteCreatorVariantInput = { product_id: string; variant_id: string }

/** Removes a variant of a shop's product, never the last one of a published listing. */
export const deleteCreatorVariantWorkflow = createWorkflow("delete-creator-variant", (input: DeleteCreatorVariantInput) => {
  validateVariantOfProductStep(input)
  validateVariantRemovableStep(input)
  deleteProductVariantsWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ ids: [input.variant_id] })) })
  return new WorkflowResponse({ id: input.variant_id })
})
