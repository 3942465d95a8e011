import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { payoutView } from "../../../../../../utils/payout-view"
import { payCreatorPayoutWorkflow } from "../../../../../../workflows/creator-payouts"
import type { AdminPayPayoutType } from "../../../../validators"

/** An operator pays an approved payout: a manual one with its bank transfer reference, a Stripe Connect one by a transfer. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminPayPayoutType>, res: MedusaResponse) => {
  const { result } = await payCreatorPayoutWorkflow(req.scope).run({
    input: { ...req.validatedBody, id: req.params.id, paid_by: req.auth_context.actor_id },
  })
  res.json({ payout: payoutView(result) })
}
