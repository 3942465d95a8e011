import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { UploadedFile } from "../utils/private-files"
import { addDigitalAssetsWorkflow } from "./add-digital-assets"
import { storePrivateFilesStep } from "./steps/store-private-files"
import { validateDigitalListingStep } from "./steps/validate-digital-listing"

export type UploadDigitalFilesInput = { product_id: string; variant_id?: string | null; member_id: string; uploads: UploadedFile[] }

/**
 * A creator's uploads for buyers: checked, streamed to private storage, then recorded; if they
 * cannot be recorded, the stored files are deleted again.
 */
export const uploadDigitalFilesWorkflow = createWorkflow("upload-digital-files", (input: UploadDigitalFilesInput) => {
  validateDigitalListingStep(transform({ input }, ({ input }) => ({ product_id: input.product_id, variant_id: input.variant_id })))
  const stored = storePrivateFilesStep(transform({ input }, ({ input }) => ({ uploads: input.uploads })))
  const assets = addDigitalAssetsWorkflow.runAsStep({
    input: transform({ input, stored }, ({ input, stored }) => ({
      product_id: input.product_id,
      variant_id: input.variant_id,
      member_id: input.member_id,
      files: stored,
    })),
  })
  return new WorkflowResponse(assets)
})
