import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CACHED, publishedProducts } from "../cached-reads"

/** Core's GET /store/product-categories, read through the Caching Module. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: product_categories, metadata } = await query.graph(
    {
      entity: "product_category",
      fields: req.queryConfig.fields,
      context: publishedProducts(),
      filters: req.filterableFields,
      pagination: req.queryConfig.pagination,
    },
    { ...CACHED, locale: req.locale },
  )
  res.json({ product_categories, count: metadata?.count, offset: metadata?.skip, limit: metadata?.take })
}
