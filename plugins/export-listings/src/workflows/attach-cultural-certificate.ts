import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { storePrivateFilesStep } from "@creative-market/creator-shops/workflows/steps/store-private-files"
import { ExportEvents } from "../lib/events"
import { deleteCertificateFileStep } from "./steps/delete-certificate-file"
import { upsertExportProfileStep } from "./steps/upsert-export-profile"
import { validateCertificateFileStep } from "./steps/validate-certificate-file"

type Input = { product_id: string; upload: { path: string; originalname: string; size: number } }

/**
 * Stores a product's cultural-goods certificate document as a private file (the same private
 * storage as digital goods) and points its export profile at it; a document it replaces is
 * deleted once the profile no longer names it. If recording fails, the new file is deleted.
 */
export const attachCulturalCertificateWorkflow = createWorkflow("attach-cultural-certificate", (input: Input) => {
  validateCertificateFileStep({ path: input.upload.path })
  const { data: products } = useQueryGraphStep({
    entity: "product",
    fields: ["id", "export_profile.cultural_certificate_file_id"],
    filters: { id: input.product_id },
  })
  const stored = storePrivateFilesStep(transform({ input }, ({ input }) => ({ uploads: [input.upload] })))
  const data = transform({ stored }, ({ stored: [file] }) => ({
    cultural_certificate_file_id: file.file_key,
    cultural_certificate_file_name: file.filename,
    cultural_certificate_file_type: file.mime_type,
    cultural_certificate_file_size: file.size,
  }))
  const profile = upsertExportProfileStep({ product_id: input.product_id, data })
  deleteCertificateFileStep(
    transform({ products }, ({ products }) => ({ file_id: products[0]?.export_profile?.cultural_certificate_file_id ?? null })),
  )
  emitEventStep({ eventName: ExportEvents.PROFILE_UPDATED, data: { id: input.product_id } })
  return new WorkflowResponse(profile)
})
