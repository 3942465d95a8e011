import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { StoredFile } from "../utils/private-files"
import { createDigitalAssetsStep } from "./steps/create-digital-assets"
import { resubmitListing } from "./steps/resubmit-listing"
import { syncListingVisibility } from "./steps/sync-listing-visibility"
import { validateDigitalListingStep } from "./steps/validate-digital-listing"

export type AddDigitalAssetsInput = { product_id: string; variant_id?: string | null; member_id: string; files: StoredFile[] }

/**
 * Records a digital listing's files, already stored privately (see utils/private-files); buyers
 * reach them only through signed links. With moderation on, the listing goes back to review.
 */
export const addDigitalAssetsWorkflow = createWorkflow("add-digital-assets", (input: AddDigitalAssetsInput) => {
  const listing = validateDigitalListingStep(
    transform({ input }, ({ input }) => ({ product_id: input.product_id, variant_id: input.variant_id })),
  )
  const assets = createDigitalAssetsStep(
    transform({ input, listing }, ({ input, listing }) => ({ listing_id: listing.id, variant_id: input.variant_id, files: input.files })),
  )
  resubmitListing(transform({ input }, ({ input }) => ({ product_id: input.product_id, actor_id: input.member_id, reason: "files added" })))
  syncListingVisibility(transform({ input }, ({ input }) => ({ product_ids: [input.product_id] })))
  return new WorkflowResponse(assets)
})
