import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updatePartnerWorkflow } from "../../../../workflows/update-partner"
import { partnerView } from "../../partners"
import type { AdminUpdatePartnerType } from "../../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ partner: await partnerView(req.scope, req.params.id) })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdatePartnerType>, res: MedusaResponse) => {
  await partnerView(req.scope, req.params.id)
  await updatePartnerWorkflow(req.scope).run({ input: { id: req.params.id, ...req.validatedBody } })
  res.json({ partner: await partnerView(req.scope, req.params.id) })
}
