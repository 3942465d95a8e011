import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { CACHED, publishedProducts } from "../../cached-reads"

/** Core's GET /store/collections/:id, read through the Caching Module. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [collection],
  } = await query.graph(
    { entity: "product_collection", filters: { id: req.params.id }, fields: req.queryConfig.fields, context: publishedProducts() },
    { ...CACHED, locale: req.locale },
  )
  if (!collection) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Collection with id: ${req.params.id} was not found`)
  res.status(200).json({ collection })
}
