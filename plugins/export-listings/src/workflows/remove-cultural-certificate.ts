import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ExportEvents } from "../lib/events"
import { deleteCertificateFileStep } from "./steps/delete-certificate-file"
import { upsertExportProfileStep } from "./steps/upsert-export-profile"

type Input = { product_id: string; file_id: string }

/** Detaches a product's certificate document and deletes the file (number, issuer and date stay). */
export const removeCulturalCertificateWorkflow = createWorkflow("remove-cultural-certificate", (input: Input) => {
  upsertExportProfileStep({
    product_id: input.product_id,
    data: {
      cultural_certificate_file_id: null,
      cultural_certificate_file_name: null,
      cultural_certificate_file_type: null,
      cultural_certificate_file_size: null,
    },
  })
  deleteCertificateFileStep(transform({ input }, ({ input }) => ({ file_id: input.file_id })))
  emitEventStep({ eventName: ExportEvents.PROFILE_UPDATED, data: { id: input.product_id } })
  return new WorkflowResponse(undefined)
})
