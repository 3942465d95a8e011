import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"
import { adminCreatorOrder } from "../../../../../../utils/admin-order-view"
import { purchasePaymentToCapture } from "../../../../../../utils/purchase-payment"
import { recordPurchaseCaptureWorkflow } from "../../../../../../workflows/record-purchase-capture"

/**
 * An operator captures the purchase's payment from one of its orders (a payment the provider only
 * authorised, e.g. one paid on confirmation): Medusa's capture, then the purchase's and every
 * order's payment status at once (the `payment.captured` subscriber's run after it changes nothing).
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const paymentId = await purchasePaymentToCapture(req.scope, req.params.id)
  await capturePaymentWorkflow(req.scope).run({ input: { payment_id: paymentId, captured_by: req.auth_context.actor_id } })
  await recordPurchaseCaptureWorkflow(req.scope).run({ input: { payment_id: paymentId } })
  res.json({ marketplace_order: await adminCreatorOrder(req.scope, req.params.id) })
}
