import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteFilesWorkflow } from "@medusajs/medusa/core-flows"
import { softDeleteDigitalAssetsStep } from "./steps/soft-delete-digital-assets"
import { validateDigitalFileRemovableStep } from "./steps/validate-digital-file-removable"

export type DeleteDigitalFileInput = { product_id: string; asset_id: string }

/**
 * Removes one of a digital listing's files; buyers who already have a grant for it lose access
 * with it. The stored file goes last: deleting it cannot be undone.
 */
export const deleteDigitalFileWorkflow = createWorkflow("delete-digital-file", (input: DeleteDigitalFileInput) => {
  const asset = validateDigitalFileRemovableStep(input)
  softDeleteDigitalAssetsStep(transform({ asset }, ({ asset }) => [asset.id]))
  deleteFilesWorkflow.runAsStep({ input: transform({ asset }, ({ asset }) => ({ ids: [asset.file_key] })) })
  return new WorkflowResponse(asset)
})
