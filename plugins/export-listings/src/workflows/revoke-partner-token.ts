import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { revokePartnerTokenStep } from "./steps/revoke-partner-token"

export const revokePartnerTokenWorkflow = createWorkflow("revoke-partner-token", (input: { partner_id: string; token_id: string }) => {
  return new WorkflowResponse(revokePartnerTokenStep(input))
})
