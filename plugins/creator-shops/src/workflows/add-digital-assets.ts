import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createDigitalAssetsStep } from "./steps/create-digital-assets"
import { validateDigitalListingStep } from "./steps/validate-digital-listing"

export type AddDigitalAssetsInput = {
  product_id: string
  variant_id?: string | null
  files: { filename: string; mimeType: string; content: string; size: number }[]
}

/** Stores a digital listing's files privately; buyers reach them only through signed links. */
export const addDigitalAssetsWorkflow = createWorkflow("add-digital-assets", (input: AddDigitalAssetsInput) => {
  const listing = validateDigitalListingStep(transform({ input }, ({ input }) => ({ product_id: input.product_id, variant_id: input.variant_id })))
  const uploaded = uploadFilesWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      files: input.files.map(({ filename, mimeType, content }) => ({ filename, mimeType, content, access: "private" as const })),
    })),
  })
  const assets = createDigitalAssetsStep(
    transform({ input, listing, uploaded }, ({ input, listing, uploaded }) => ({
      listing_id: listing.id,
      variant_id: input.variant_id,
      files: uploaded.map((file, i) => ({ file_key: file.id, filename: input.files[i].filename, mime_type: input.files[i].mimeType, size: input.files[i].size })),
    })),
  )
  return new WorkflowResponse(assets)
})
