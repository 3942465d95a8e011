import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { payoutView } from "../../../../../../utils/payout-view"
import { approveCreatorPayoutWorkflow } from "../../../../../../workflows/creator-payouts"

/** An operator approves a proposed payout. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await approveCreatorPayoutWorkflow(req.scope).run({
    input: { id: req.params.id, approved_by: req.auth_context.actor_id },
  })
  res.json({ payout: payoutView(result) })
}
