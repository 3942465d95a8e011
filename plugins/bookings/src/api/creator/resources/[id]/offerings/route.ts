import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { shopContext } from "@creative-market/creator-shops/api/utils/context"
import { setBookableVariantWorkflow } from "../../../../../workflows/manage-resources"
import type { CreatorSetOfferingType } from "../../../validators"

/** Sells one of the shop's service variants by time on this resource (slot grid or sessions). */
export const POST = async (req: AuthenticatedMedusaRequest<CreatorSetOfferingType>, res: MedusaResponse) => {
  const { result } = await setBookableVariantWorkflow(req.scope).run({
    input: { ...req.validatedBody, resource_id: req.params.id, creator_id: shopContext(req).creator_id },
  })
  res.json({ offering: result })
}
