import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveCreatorOrder } from "../../../../../utils/creator-orders"
import { shipCreatorOrderWorkflow } from "../../../../../workflows/ship-creator-order"
import type { CreatorShipOrderType } from "../../../validators"

/** Marks the order's physical lines shipped with a carrier and tracking number (a Medusa fulfillment and shipment). */
export const POST = async (req: AuthenticatedMedusaRequest<CreatorShipOrderType>, res: MedusaResponse) => {
  await shipCreatorOrderWorkflow(req.scope).run({
    input: { ...req.validatedBody, order_id: req.params.id, created_by: req.auth_context.actor_id },
  })
  res.status(201).json({ order: await retrieveCreatorOrder(req.scope, req.params.id) })
}
