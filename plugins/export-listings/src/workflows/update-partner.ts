import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updatePartnerStep } from "./steps/update-partner"

export const updatePartnerWorkflow = createWorkflow("update-partner", (input: { id: string } & Record<string, unknown>) => {
  return new WorkflowResponse(updatePartnerStep(input))
})
