import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refundCreatorOrderWorkflow } from "../../../../../../workflows/refund-creator-order"
import type { AdminRefundCreatorOrderType } from "../../../../validators"

/** An operator refunds units or an amount of one line of a creator's order (neither: the rest of the line). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminRefundCreatorOrderType>, res: MedusaResponse) => {
  const { result } = await refundCreatorOrderWorkflow(req.scope).run({
    input: { ...req.validatedBody, order_id: req.params.id, created_by: req.auth_context.actor_id },
  })
  res.status(201).json({ refund: result })
}
