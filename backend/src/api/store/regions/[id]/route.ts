import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { CACHED } from "../../cached-reads"

/** Core's GET /store/regions/:id, read through the Caching Module. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [region],
  } = await query.graph({ entity: "region", filters: { id: req.params.id }, fields: req.queryConfig.fields }, CACHED)
  if (!region) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Region with id: ${req.params.id} was not found`)
  res.status(200).json({ region })
}
