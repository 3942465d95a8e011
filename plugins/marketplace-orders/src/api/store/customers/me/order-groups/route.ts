import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listOrderGroups } from "../../../../../utils/order-group-view"
import type { StoreListOrderGroupsType } from "../../../validators"

/** The signed-in customer's purchases, newest first (Medusa's /store/customers/me* middleware signs them in). */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, StoreListOrderGroupsType>, res: MedusaResponse) => {
  const { limit, offset } = req.validatedQuery as StoreListOrderGroupsType
  const { order_groups, count } = await listOrderGroups(
    req.scope,
    { customer_id: req.auth_context.actor_id },
    { skip: offset, take: limit },
  )
  res.json({ order_groups, count, limit, offset })
}
