import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { removeProductImageWorkflow } from "../../../../../../workflows/remove-product-image"
import { retrieveCreatorProduct } from "../../../../../utils/creator-products"

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const product = await retrieveCreatorProduct(req.scope, req.params.id)
  if (!product.images?.some((image: { id: string }) => image.id === req.params.image_id)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Image ${req.params.image_id} was not found on product ${req.params.id}.`)
  }
  await removeProductImageWorkflow(req.scope).run({ input: { product_id: req.params.id, image_id: req.params.image_id } })
  res.json({ id: req.params.image_id, object: "product_image", deleted: true })
}
