import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { deleteProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import { updateCreatorVariantWorkflow } from "../../../../../../workflows/update-creator-variant"
import { assertVariantOfProduct, retrieveCreatorProduct } from "../../../../../utils/creator-products"
import { shopContext } from "../../../../../utils/context"
import type { CreatorUpdateVariantType } from "../../../validators"

export const POST = async (req: AuthenticatedMedusaRequest<CreatorUpdateVariantType>, res: MedusaResponse) => {
  await assertVariantOfProduct(req.scope, req.params.id, req.params.variant_id)
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
  await assertVariantOfProduct(req.scope, req.params.id, req.params.variant_id)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["listing.published", "variants.id"], filters: { id: req.params.id } })
  if (data[0]?.listing?.published && data[0].variants.length === 1) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "This is the listing's last variant: add its replacement first, or unpublish the listing.",
    )
  }
  await deleteProductVariantsWorkflow(req.scope).run({ input: { ids: [req.params.variant_id] } })
  res.json({ id: req.params.variant_id, object: "product_variant", deleted: true })
}
