import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { revokePartnerTokenWorkflow } from "../../../../../../workflows/revoke-partner-token"
import { partnerView } from "../../../../partners"

/** Revokes a token at once. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await revokePartnerTokenWorkflow(req.scope).run({ input: { partner_id: req.params.id, token_id: req.params.token_id } })
  res.json({ partner: await partnerView(req.scope, req.params.id) })
}
