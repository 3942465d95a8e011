import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCreatorProductWorkflow } from "../../../workflows/create-creator-product"
import { CREATOR_PRODUCT_FIELDS, creatorProductIds, retrieveCreatorProduct } from "../../utils/creator-products"
import { shopContext } from "../../utils/context"
import type { CreatorCreateProductType, CreatorListProductsType } from "./validators"

/** The shop's own listings, drafts included. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, CreatorListProductsType>, res: MedusaResponse) => {
  const { limit, offset, status, q } = req.validatedQuery
  const ids = await creatorProductIds(req.scope, shopContext(req).creator_id)
  if (!ids.length) {
    res.json({ products: [], count: 0, limit, offset })
    return
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "product",
    fields: CREATOR_PRODUCT_FIELDS,
    filters: { id: ids, ...(status ? { status } : {}), ...(q ? { q } : {}) },
    pagination: { skip: offset, take: limit, order: { created_at: "DESC", id: "DESC" } },
  })
  res.json({ products: data, count: metadata?.count ?? data.length, limit, offset })
}

/** List something new: physical goods, a digital product or a service. */
export const POST = async (req: AuthenticatedMedusaRequest<CreatorCreateProductType>, res: MedusaResponse) => {
  const { creator_id, member_id } = shopContext(req)
  const { result } = await createCreatorProductWorkflow(req.scope).run({ input: { creator_id, member_id, product: req.validatedBody } })
  res.status(201).json({ product: await retrieveCreatorProduct(req.scope, result.product.id) })
}
