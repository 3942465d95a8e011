import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { shopContext } from "@creative-market/creator-shops/api/utils/context"
import { listCreatorOrders } from "../../../utils/creator-orders"
import type { CreatorListOrdersType } from "../validators"

/** The shop's orders, newest first; `status` filters (one or several), `limit`/`offset` paginate. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { status, limit, offset } = req.validatedQuery as CreatorListOrdersType
  const statuses = status === undefined ? undefined : Array.isArray(status) ? status : [status]
  const { orders, count } = await listCreatorOrders(req.scope, shopContext(req).creator_id, { status: statuses, limit, offset })
  res.json({ orders, count, limit, offset })
}
