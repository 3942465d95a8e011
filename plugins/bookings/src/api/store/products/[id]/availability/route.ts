import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { productAvailability } from "../../../../../lib/availability"
import type { StoreAvailabilityType } from "../../../validators"

/** Free slots and seats left of a published bookable product, in UTC, the asked zone and the studio's. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { from, to, tz } = req.validatedQuery as StoreAvailabilityType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id"], filters: { id: req.params.id, status: "published" } })
  if (!data.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${req.params.id} was not found.`)
  const variants = await productAvailability(req.scope, { product_id: req.params.id, from, to, tz, now: Date.now() })
  res.json({ product_id: req.params.id, tz, from: new Date(from).toISOString(), to: new Date(to).toISOString(), variants })
}
