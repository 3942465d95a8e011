import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { adminCreatorOrder } from "../../../../../utils/admin-order-view"

/** An order's marketplace side for the Admin widget: its creator, lines, refunds so far (unknown id: 404). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ marketplace_order: await adminCreatorOrder(req.scope, req.params.id) })
}
