import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { issuePartnerTokenStep } from "./steps/issue-partner-token"

/** A new token; the partner's current ones keep working for `grace_hours` (0: at once invalid). */
export const rotatePartnerTokenWorkflow = createWorkflow("rotate-partner-token", (input: { partner_id: string; grace_hours: number }) => {
  return new WorkflowResponse(issuePartnerTokenStep(input))
})
