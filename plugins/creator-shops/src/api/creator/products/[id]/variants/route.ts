import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addCreatorVariantWorkflow } from "../../../../../workflows/add-creator-variant"
import { retrieveCreatorProduct } from "../../../../utils/creator-products"
import { shopContext } from "../../../../utils/context"
import type { CreatorCreateVariantType } from "../../validators"

export const POST = async (req: AuthenticatedMedusaRequest<CreatorCreateVariantType>, res: MedusaResponse) => {
  await addCreatorVariantWorkflow(req.scope).run({
    input: { product_id: req.params.id, member_id: shopContext(req).member_id, variant: req.validatedBody },
  })
  res.status(201).json({ product: await retrieveCreatorProduct(req.scope, req.params.id) })
}
