import { createOrderFulfillmentWorkflow, createOrderShipmentWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { validateShippableStep } from "./steps/validate-shippable"

export type ShipCreatorOrderInput = {
  order_id: string
  carrier: string
  tracking_number: string
  tracking_url?: string
  created_by: string
}

/**
 * A creator marks their order's physical lines shipped: one Medusa fulfillment with the carrier
 * and tracking number, by the delivery the order was placed with, whatever the shop's options are
 * now (docs/decisions/054), then Medusa's shipment (which tells the buyer through `shipment.created`).
 */
export const shipCreatorOrderWorkflow = createWorkflow("ship-creator-order", (input: ShipCreatorOrderInput) => {
  const shippable = validateShippableStep({ order_id: input.order_id })
  const labels = transform({ input }, ({ input }) => [
    { tracking_number: input.tracking_number, tracking_url: input.tracking_url ?? "", label_url: "" },
  ])
  const fulfillment = createOrderFulfillmentWorkflow.runAsStep({
    input: transform({ input, shippable, labels }, ({ input, shippable, labels }) => ({
      order_id: input.order_id,
      items: shippable.items,
      items_list: shippable.items_list,
      shipping_option_id: shippable.shipping_option_id,
      labels,
      created_by: input.created_by,
      metadata: { carrier: input.carrier },
    })),
  })
  createOrderShipmentWorkflow.runAsStep({
    input: transform({ input, shippable, labels, fulfillment }, ({ input, shippable, labels, fulfillment }) => ({
      order_id: input.order_id,
      fulfillment_id: fulfillment.id,
      items: shippable.items,
      labels,
      created_by: input.created_by,
    })),
  })
  return new WorkflowResponse(fulfillment)
})
