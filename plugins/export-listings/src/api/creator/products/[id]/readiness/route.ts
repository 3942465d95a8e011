import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { productReadiness } from "../../../../../lib/product-readiness"

/** Is the creator's product ready for each partner market, and if not, what to fix (az/en/ru, with the field). */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json({ readiness: await productReadiness(req.scope, req.params.id) })
}
