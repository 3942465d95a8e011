import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import { updateCreatorVariantWorkflow } from "../../../../../../workflows/update-creator-variant"
import { assertVariantOfProduct, retrieveCreatorProduct } from "../../../../../utils/creator-products"
import { shopContext } from "../../../../context"
import type { CreatorUpdateVariantType } from "../../../validators"

export const POST = async (req: AuthenticatedMedusaRequest<CreatorUpdateVariantType>, res: MedusaResponse) => {
  await assertVariantOfProduct(req.scope, req.params.id, req.params.variant_id)
  await updateCreatorVariantWorkflow(req.scope).run({
    input: { product_id: req.params.id, member_id: shopContext(req).member_id, variant_id: req.params.variant_id, update: req.validatedBody },
  })
  res.json({ product: await retrieveCreatorProduct(req.scope, req.params.id) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await assertVariantOfProduct(req.scope, req.params.id, req.params.variant_id)
  await deleteProductVariantsWorkflow(req.scope).run({ input: { ids: [req.params.variant_id] } })
  res.json({ id: req.params.variant_id, object: "product_variant", deleted: true })
}
