import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createServiceConfirmationStep, type ServiceConfirmationInput, validateServiceLineStep } from "./steps/create-service-confirmation"

export const ServiceEvents = { CONFIRMED: "service.confirmed" } as const

/** A creator confirms a service line's date (and a note for the buyer); `service.confirmed` tells the buyer. */
export const confirmServiceWorkflow = createWorkflow("confirm-service", (input: ServiceConfirmationInput) => {
  const { line_item_id } = validateServiceLineStep(input)
  const confirmation = createServiceConfirmationStep(
    transform({ input, line_item_id }, ({ input, line_item_id }) => ({ ...input, line_item_id })),
  )
  emitEventStep({
    eventName: ServiceEvents.CONFIRMED,
    data: transform({ confirmation }, ({ confirmation }) => ({ id: confirmation.id, order_id: confirmation.order_id })),
  })
  return new WorkflowResponse(confirmation)
})
