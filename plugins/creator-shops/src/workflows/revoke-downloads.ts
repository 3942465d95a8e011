import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { revokeDownloadGrantsStep, type RevokeDownloadGrantsInput } from "./steps/revoke-download-grants"

export type RevokeDownloadsInput = RevokeDownloadGrantsInput

/**
 * Takes back the downloads of a cancelled order, or of lines refunded in full (run by the
 * backend's glue on the orders plugin's events, docs/decisions/055). Returns the revoked grant ids.
 */
export const revokeDownloadsWorkflow = createWorkflow("revoke-downloads", (input: RevokeDownloadsInput) => {
  return new WorkflowResponse(revokeDownloadGrantsStep(input))
})
