import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setCreatorProductStatusWorkflow } from "../../../../../workflows/set-creator-product-status"
import { retrieveCreatorProduct } from "../../../../utils/creator-products"

/** Publish: the listing is sold once the shop is approved and moderation (if on) passed. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await setCreatorProductStatusWorkflow(req.scope).run({ input: { product_id: req.params.id, published: true } })
  res.json({ product: await retrieveCreatorProduct(req.scope, req.params.id) })
}
