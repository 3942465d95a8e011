import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { payoutView } from "../../../../../../utils/payout-view"
import { cancelCreatorPayoutWorkflow } from "../../../../../../workflows/creator-payouts"
import type { AdminCancelPayoutType } from "../../../../validators"

/** An operator cancels a payout that was not paid; the next proposal takes the balance as it is then. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCancelPayoutType>, res: MedusaResponse) => {
  const { result } = await cancelCreatorPayoutWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json({ payout: payoutView(result) })
}
