import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { defaultStoreCartFields } from "@medusajs/medusa/api/store/carts/query-config"
import { readCartStock, soldOutError, soldOutLine } from "../../../../../utils/cart-stock"
import { purchaseReceipt } from "../../../../../utils/purchase-receipt"
import { completeSplitCartWorkflow } from "../../../../../workflows/complete-split-cart"

// as Medusa's own route: a payment that needs the buyer's action answers 200 with the cart and the error
const PAYMENT_ERRORS: string[] = [MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR, MedusaError.Types.PAYMENT_REQUIRES_MORE_ERROR]

/**
 * Replaces Medusa's cart completion (same path, same answers): one payment, one order per creator,
 * one order group. Core middlewares of this path still run (the order fields in req.queryConfig).
 */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const soldOut = await soldOutBeforeStarting(req)
  const { result, errors } = soldOut
    ? { result: null, errors: [{ error: soldOut }] }
    : await completeSplitCartWorkflow(req.scope).run({ input: { id: req.params.id }, throwOnError: false })
  const error = errors?.[0]?.error
  if (error || !result) {
    // Medusa's error handler hides a conflict's message; this one tells the buyer which order the cart became
    if (error.type === MedusaError.Types.CONFLICT) {
      res.status(409).json({ type: "conflict", code: "invalid_state_error", message: error.message })
      return
    }
    if (!PAYMENT_ERRORS.includes(error.type)) throw error
    const { data } = await query.graph({ entity: "cart", fields: defaultStoreCartFields, filters: { id: req.params.id } })
    res.status(200).json({ type: "cart", cart: data[0], error: { message: error.message, name: error.name, type: error.type } })
    return
  }
  const { data } = await query.graph({ entity: "order", fields: req.queryConfig.fields, filters: { id: result.order_ids[0] } })
  // the receipt lets whoever completed the cart read the purchase without signing in (docs/decisions/056)
  const order_group = { ...result.order_group, receipt: purchaseReceipt(req.scope, result.order_group.id) }
  res.status(200).json({ type: "order", order: data[0], order_group })
}

/**
 * The loser's fast path (docs/decisions/032): one statement tells a buyer whose item is already
 * reserved by others that it sold out, the same answer the workflow would give, without running
 * it. Passing proves nothing (the check under the item's lock in the workflow is the truth); a
 * cart with a completion under way (its own reservation) is left to the workflow's answer.
 */
async function soldOutBeforeStarting(req: MedusaRequest) {
  const lines = await readCartStock(req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION), req.params.id)
  if (lines.some((line) => line.reserved_by_cart)) return null
  const sold = soldOutLine(lines)
  return sold ? soldOutError(sold.title) : null
}
