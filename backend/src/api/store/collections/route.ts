import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CACHED, publishedProducts } from "../cached-reads"

/** Core's GET /store/collections, read through the Caching Module. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: collections, metadata } = await query.graph(
    {
      entity: "product_collection",
      filters: req.filterableFields,
      pagination: req.queryConfig.pagination,
      fields: req.queryConfig.fields,
      context: publishedProducts(),
    },
    { ...CACHED, locale: req.locale },
  )
  res.json({ collections, count: metadata?.count, offset: metadata?.skip, limit: metadata?.take })
}
