import { Modules } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"

/**
 * Deletes a certificate document that was replaced or removed. Last step of its workflows: a
 * deleted file cannot come back, so it goes only once the profile no longer points at it.
 */
export const deleteCertificateFileStep = createStep("delete-certificate-file", async (input: { file_id: string | null }, { container }) => {
  if (input.file_id) await container.resolve(Modules.FILE).deleteFiles([input.file_id])
})
