import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { shopContext } from "@creative-market/creator-shops/api/utils/context"
import { retrieveCreatorOrder } from "../../../../../utils/creator-orders"
import { confirmServiceWorkflow } from "../../../../../workflows/confirm-service"
import type { CreatorConfirmServiceType } from "../../../validators"

/** Confirms a service line's date with a note for the buyer. */
export const POST = async (req: AuthenticatedMedusaRequest<CreatorConfirmServiceType>, res: MedusaResponse) => {
  await confirmServiceWorkflow(req.scope).run({
    input: { ...req.validatedBody, order_id: req.params.id, creator_id: shopContext(req).creator_id },
  })
  res.status(201).json({ order: await retrieveCreatorOrder(req.scope, req.params.id) })
}
