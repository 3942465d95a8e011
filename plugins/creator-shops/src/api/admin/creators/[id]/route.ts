import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveShop } from "../../../utils/retrieve-shop"

/** A shop with its status history. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ creator: await retrieveShop(req.scope, req.params.id) })
}
