import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ExportEvents } from "../lib/events"
import { createPartnerStep } from "./steps/create-partner"
import { issuePartnerTokenStep } from "./steps/issue-partner-token"

/** Creates a partner and its first token (returned once). */
export const createPartnerWorkflow = createWorkflow("create-partner", (input: Record<string, unknown>) => {
  const partner = createPartnerStep(input)
  const partnerId = transform({ partner }, ({ partner }) => ({ partner_id: partner.id }))
  const token = issuePartnerTokenStep(partnerId)
  emitEventStep({ eventName: ExportEvents.PARTNER_UPDATED, data: transform({ partner }, ({ partner }) => ({ id: partner.id })) })
  return new WorkflowResponse({ partner, token })
})
