import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"

export type NotifyCreatorDecisionInput = { id: string; to: string; reason?: string | null }

/** Tells a shop's contact address about an operator's decision (template `creator-<status>`). */
export const notifyCreatorDecisionWorkflow = createWorkflow("notify-creator-decision", (input: NotifyCreatorDecisionInput) => {
  const { data: creators } = useQueryGraphStep({
    entity: "creator",
    fields: ["id", "name", "handle", "email", "status"],
    filters: { id: input.id },
    options: { throwIfKeyNotFound: true },
  })
  const notifications = transform({ input, creators }, ({ input, creators }) => {
    const creator = creators[0]
    return [
      {
        to: creator.email,
        channel: "email",
        template: `creator-${input.to}`,
        resource_id: creator.id,
        resource_type: "creator",
        trigger_type: `creator.${input.to}`,
        data: { shop_name: creator.name, handle: creator.handle, status: input.to, reason: input.reason ?? null },
      },
    ]
  })
  const sent = sendNotificationsStep(notifications)
  return new WorkflowResponse(sent)
})
