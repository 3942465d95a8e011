import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteShippingOptionsWorkflow, deleteShippingProfileWorkflow, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { findMarketplaceProfileStep } from "./steps/find-marketplace-profile"
import { prepareCreatorOptionDeleteStep } from "./steps/prepare-creator-option-delete"
import { validateOptionUnusedStep } from "./steps/validate-option-unused"

export type DeleteCreatorShippingOptionInput = { creator_id: string; id: string }

/**
 * A shop removes one of its own options. With its last one gone, its physical goods go back to
 * the marketplace's profile (the marketplace's own delivery) and its own profile is removed (041).
 * Refused while orders placed with the option have goods to ship (054).
 */
export const deleteCreatorShippingOptionWorkflow = createWorkflow(
  "delete-creator-shipping-option",
  (input: DeleteCreatorShippingOptionInput) => {
    validateOptionUnusedStep({ id: input.id })
    const plan = prepareCreatorOptionDeleteStep(input)
    deleteShippingOptionsWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ ids: [input.id] })) })
    const marketplaceProfile = when({ plan }, ({ plan }) => plan.last && plan.product_ids.length > 0).then(() =>
      findMarketplaceProfileStep(),
    )
    when({ plan }, ({ plan }) => plan.last && plan.product_ids.length > 0).then(() =>
      updateProductsWorkflow.runAsStep({
        input: transform({ plan, marketplaceProfile }, ({ plan, marketplaceProfile }) => ({
          selector: { id: plan.product_ids },
          update: { shipping_profile_id: marketplaceProfile as string },
        })),
      }),
    )
    when({ plan }, ({ plan }) => Boolean(plan.shipping_profile_id)).then(() =>
      deleteShippingProfileWorkflow.runAsStep({
        input: transform({ plan }, ({ plan }) => ({ ids: [plan.shipping_profile_id as string] })),
      }),
    )
    return new WorkflowResponse({ id: input.id, deleted: true })
  },
)
