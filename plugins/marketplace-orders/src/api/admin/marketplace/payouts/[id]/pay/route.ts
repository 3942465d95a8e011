import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { payoutView } from "../../../../../../utils/payout-view"
import { payCreatorPayoutWorkflow } from "../../../../../../workflows/creator-payouts"
import type { AdminPayPayoutType } from "../../../../validators"

/** An operator records the bank transfer of an approved payout with its reference. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminPayPayoutType>, res: MedusaResponse) => {
  const { result } = await payCreatorPayoutWorkflow(req.scope).run({
    input: { ...req.validatedBody, id: req.params.id, paid_by: req.auth_context.actor_id },
  })
  res.json({ payout: payoutView(result) })
}
