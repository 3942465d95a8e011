import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CACHED } from "../cached-reads"

/** Core's GET /store/regions, read through the Caching Module. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: regions, metadata } = await query.graph(
    { entity: "region", filters: req.filterableFields, pagination: req.queryConfig.pagination, fields: req.queryConfig.fields },
    CACHED,
  )
  res.json({ regions, count: metadata?.count, offset: metadata?.skip, limit: metadata?.take })
}
