import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveCreatorOrder } from "../../../../utils/creator-orders"

/** One of the shop's orders (the middleware answered 404 for anyone else's), with deliveries and confirmations. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ order: await retrieveCreatorOrder(req.scope, req.params.id) })
}
