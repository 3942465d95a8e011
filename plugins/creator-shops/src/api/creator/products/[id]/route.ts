import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteProductsWorkflow } from "@medusajs/medusa/core-flows"
import { updateCreatorProductWorkflow } from "../../../../workflows/update-creator-product"
import { retrieveCreatorProduct } from "../../../utils/creator-products"
import { shopContext } from "../../../utils/context"
import type { CreatorUpdateProductType } from "../validators"

// Ownership of :id is checked by requireOwnedProduct (middlewares.ts) before these run.

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ product: await retrieveCreatorProduct(req.scope, req.params.id) })
}

export const POST = async (req: AuthenticatedMedusaRequest<CreatorUpdateProductType>, res: MedusaResponse) => {
  await updateCreatorProductWorkflow(req.scope).run({
    input: { product_id: req.params.id, member_id: shopContext(req).member_id, update: req.validatedBody },
  })
  res.json({ product: await retrieveCreatorProduct(req.scope, req.params.id) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await deleteProductsWorkflow(req.scope).run({ input: { ids: [req.params.id] } })
  res.json({ id: req.params.id, object: "product", deleted: true })
}
