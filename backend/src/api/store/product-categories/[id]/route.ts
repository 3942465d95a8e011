import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { CACHED, publishedProducts } from "../../cached-reads"

/** Core's GET /store/product-categories/:id, read through the Caching Module. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [product_category],
  } = await query.graph(
    {
      entity: "product_category",
      filters: { id: req.params.id, ...req.filterableFields },
      fields: req.queryConfig.fields,
      context: publishedProducts(),
    },
    { ...CACHED, locale: req.locale },
  )
  if (!product_category) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product category with id: ${req.params.id} was not found`)
  res.json({ product_category })
}
