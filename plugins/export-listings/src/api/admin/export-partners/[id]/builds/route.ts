import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { buildPartnerFeedOnce } from "../../../../../lib/feeds/build"
import { partnerView } from "../../../partners"
import type { AdminBuildFeedType } from "../../../validators"

/** Builds the partner's feed now; `confirm: true` publishes even a snapshot the truncation guard would hold. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminBuildFeedType>, res: MedusaResponse) => {
  await partnerView(req.scope, req.params.id)
  const build = await buildPartnerFeedOnce(req.scope, req.params.id, { confirm: req.validatedBody.confirm })
  res.json({ build, partner: await partnerView(req.scope, req.params.id) })
}
