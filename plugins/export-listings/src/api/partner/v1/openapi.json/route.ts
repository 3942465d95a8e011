import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PARTNER_OPENAPI } from "../../../../lib/openapi"

/** The partner API's OpenAPI 3.1 document (public: it holds no catalogue data). */
export const GET = async (_req: MedusaRequest, res: MedusaResponse) => {
  res.json(PARTNER_OPENAPI)
}
