import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { rotatePartnerTokenWorkflow } from "../../../../../workflows/rotate-partner-token"
import { partnerView } from "../../../partners"
import type { AdminRotateTokenType } from "../../../validators"

/** Rotates: a new token (in this answer only); the current ones keep working for `grace_hours`. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminRotateTokenType>, res: MedusaResponse) => {
  await partnerView(req.scope, req.params.id)
  const { result } = await rotatePartnerTokenWorkflow(req.scope).run({
    input: { partner_id: req.params.id, grace_hours: req.validatedBody.grace_hours },
  })
  res.status(201).json({ token: result.token, partner: await partnerView(req.scope, req.params.id) })
}
