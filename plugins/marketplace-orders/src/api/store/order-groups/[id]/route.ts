import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { listOrderGroups } from "../../../../utils/order-group-view"

/** A purchase by its id, like Medusa's GET /store/orders/:id (the id is the secret a guest holds). */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { order_groups } = await listOrderGroups(req.scope, { id: req.params.id }, { skip: 0, take: 1 })
  if (!order_groups.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${req.params.id} was not found.`)
  res.json({ order_group: order_groups[0] })
}
