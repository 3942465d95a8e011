import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { releaseExpiredHoldsStep } from "./steps/release-expired-holds"

/** Frees the slots of holds whose time ran out (the job runs it every minute). */
export const releaseExpiredHoldsWorkflow = createWorkflow("release-expired-holds", (input: { now: Date }) => {
  return new WorkflowResponse(releaseExpiredHoldsStep(input))
})
