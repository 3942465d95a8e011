import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { listOrderGroups } from "../../../../utils/order-group-view"
import { isPurchaseReceipt } from "../../../../utils/purchase-receipt"

/**
 * A purchase by its id. A guest's purchase answers to its id (the secret the guest holds, as for
 * Medusa's GET /store/orders/:id); a purchase that belongs to an account answers only to that
 * customer signed in, or with the purchase's receipt (`?receipt=`, given at checkout). Anyone else
 * gets 404, like an unknown id, and so does a wrong receipt for any purchase.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const id = req.params.id
  if (!(await mayRead(req, id))) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${id} was not found.`)
  const { order_groups } = await listOrderGroups(req.scope, { id }, { skip: 0, take: 1 })
  if (!order_groups.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${id} was not found.`)
  res.json({ order_group: order_groups[0] })
}

async function mayRead(req: AuthenticatedMedusaRequest, id: string): Promise<boolean> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: groups } = await query.graph({ entity: "order_group", fields: ["id", "customer_id"], filters: { id } })
  const customerId = groups[0]?.customer_id as string | null | undefined
  if (!groups.length) return false
  // a receipt, when given, must be this purchase's, even a guest's: the storefront keeps a purchase
  // opened with a receipt as the buyer's (the e-mails' links), so a forged one must not open it
  if (req.query.receipt !== undefined) return isPurchaseReceipt(req.scope, id, req.query.receipt)
  if (!customerId || req.auth_context?.actor_id === customerId) return true
  const { data: customers } = await query.graph({ entity: "customer", fields: ["id", "has_account"], filters: { id: customerId } })
  if (!customers[0]?.has_account) return true
  return isPurchaseReceipt(req.scope, id, req.query.receipt)
}
