import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteCreatorVariantWorkflow } from "../../../../../../workflows/delete-creator-variant"
import { updateCreatorVariantWorkflow } from "../../../../../../workflows/update-creator-variant"
import { retrieveCreatorProduct } from "../../../../../utils/creator-products"
import { shopContext } from "../../../../../utils/context"
import type { CreatorUpdateVariantType } from "../../../validators"

export const POST = async (req: AuthenticatedMedusaRequest<CreatorUpdateVariantType>, res: MedusaResponse) => {
  await updateCreatorVariantWorkflow(req.scope).run({
    input: {
      product_id: req.params.id,
      member_id: shopContext(req).member_id,
      variant_id: req.params.variant_id,
      update: req.validatedBody,
    },
  })
  res.json({ product: await retrieveCreatorProduct(req.scope, req.params.id) })
}

/** Remove a variant; a published listing keeps at least one (buyers need something to buy). */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await deleteCreatorVariantWorkflow(req.scope).run({ input: { product_id: req.params.id, variant_id: req.params.variant_id } })
  res.json({ id: req.params.variant_id, object: "product_variant", deleted: true })
}
