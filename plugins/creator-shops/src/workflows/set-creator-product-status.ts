import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setListingPublishedStep } from "./steps/set-listing-published"
import { validatePublishableStep } from "./steps/validate-publishable"
import { syncListingVisibility } from "./steps/sync-listing-visibility"

export type SetCreatorProductStatusInput = { product_id: string; published: boolean }

/** Publish or unpublish a listing; it is sold only while its shop and moderation allow it too. */
export const setCreatorProductStatusWorkflow = createWorkflow("set-creator-product-status", (input: SetCreatorProductStatusInput) => {
  validatePublishableStep(input)
  setListingPublishedStep(input)
  syncListingVisibility(transform({ input }, ({ input }) => ({ product_ids: [input.product_id] })))
  return new WorkflowResponse({ id: input.product_id, published: input.published })
})
