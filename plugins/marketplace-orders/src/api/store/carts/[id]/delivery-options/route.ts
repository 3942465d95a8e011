import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listDeliveryOptions } from "../../../../../utils/delivery-options"

/**
 * The cart's delivery options as Medusa's GET /store/shipping-options?cart_id= answers them, each
 * with `creator_id` (null: the marketplace's own delivery), so a checkout offers each creator's own.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json({ delivery_options: await listDeliveryOptions(req.scope, req.params.id) })
}
