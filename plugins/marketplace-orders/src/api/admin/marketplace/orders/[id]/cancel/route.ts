import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelCreatorOrderWorkflow } from "../../../../../../workflows/cancel-creator-order"
import type { AdminCancelCreatorOrderType } from "../../../../validators"

/** An operator cancels one creator's order of a purchase; the buyer gets back what they paid for it. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCancelCreatorOrderType>, res: MedusaResponse) => {
  const { result } = await cancelCreatorOrderWorkflow(req.scope).run({
    input: { ...req.validatedBody, order_id: req.params.id, created_by: req.auth_context.actor_id },
  })
  res.json({ cancellation: result })
}
