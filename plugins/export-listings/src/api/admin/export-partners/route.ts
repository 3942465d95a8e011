import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { EXPORT_LISTING_MODULE } from "../../../modules/export-listing"
import type ExportListingModuleService from "../../../modules/export-listing/service"
import { createPartnerWorkflow } from "../../../workflows/create-partner"
import { partnerView } from "../partners"
import type { AdminCreatePartnerType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service: ExportListingModuleService = req.scope.resolve(EXPORT_LISTING_MODULE)
  const partners = await service.listPartners({}, { order: { name: "ASC" }, take: 200 })
  res.json({ partners: await Promise.all(partners.map((p) => partnerView(req.scope, p.id))) })
}

/** Creates a partner; its token is in this answer only. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreatePartnerType>, res: MedusaResponse) => {
  const { result } = await createPartnerWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ partner: await partnerView(req.scope, result.partner.id), token: result.token.token })
}
