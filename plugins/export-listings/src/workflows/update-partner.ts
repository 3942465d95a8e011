import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ExportEvents } from "../lib/events"
import { updatePartnerStep } from "./steps/update-partner"

/** Changes a partner's settings. */
export const updatePartnerWorkflow = createWorkflow("update-partner", (input: { id: string } & Record<string, unknown>) => {
  const partner = updatePartnerStep(input)
  emitEventStep({ eventName: ExportEvents.PARTNER_UPDATED, data: transform({ input }, ({ input }) => ({ id: input.id })) })
  return new WorkflowResponse(partner)
})
