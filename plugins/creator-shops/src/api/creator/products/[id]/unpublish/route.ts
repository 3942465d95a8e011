import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setCreatorProductStatusWorkflow } from "../../../../../workflows/set-creator-product-status"
import { retrieveCreatorProduct } from "../../../../utils/creator-products"

/** Unpublish: back to draft, out of the store. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await setCreatorProductStatusWorkflow(req.scope).run({ input: { product_id: req.params.id, published: false } })
  res.json({ product: await retrieveCreatorProduct(req.scope, req.params.id) })
}
