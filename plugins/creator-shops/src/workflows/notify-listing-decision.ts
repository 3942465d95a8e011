import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"

export type NotifyListingDecisionInput = { id: string; status: "approved" | "rejected"; reason?: string | null }

/** Tells the shop that owns a listing about the moderation decision (template `listing-<status>`). */
export const notifyListingDecisionWorkflow = createWorkflow("notify-listing-decision", (input: NotifyListingDecisionInput) => {
  const { data: listings } = useQueryGraphStep({
    entity: "listing",
    fields: ["id", "product.id", "product.title", "product.creator.id", "product.creator.email", "product.creator.name"],
    filters: { id: input.id },
    options: { throwIfKeyNotFound: true },
  })
  const notifications = transform({ input, listings }, ({ input, listings }) => {
    const product = listings[0].product
    if (!product?.creator?.email) return []
    return [
      {
        to: product.creator.email,
        channel: "email",
        template: `listing-${input.status}`,
        resource_id: input.id,
        resource_type: "listing",
        trigger_type: `listing.${input.status}`,
        data: { product_id: product.id, product_title: product.title, shop_name: product.creator.name, reason: input.reason ?? null },
      },
    ]
  })
  const sent = sendNotificationsStep(notifications)
  return new WorkflowResponse(sent)
})
