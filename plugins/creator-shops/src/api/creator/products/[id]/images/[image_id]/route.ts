import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { removeProductImageWorkflow } from "../../../../../../workflows/remove-product-image"

/** Remove one of the product's images. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await removeProductImageWorkflow(req.scope).run({ input: { product_id: req.params.id, image_id: req.params.image_id } })
  res.json({ id: req.params.image_id, object: "product_image", deleted: true })
}
