import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, parseCorsOrigins } from "@medusajs/framework/utils"
import cors from "cors"

let handler: ReturnType<typeof cors> | undefined

/**
 * Medusa applies CORS to /store, /admin and /auth only; the creators' studio runs in the
 * storefront, so /creator gets the store's allowed origins (STORE_CORS), with credentials.
 * Preflight requests are answered here, before authentication.
 */
export function creatorCors(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (!handler) {
    const { http } = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
    handler = cors({ origin: parseCorsOrigins(http.storeCors ?? ""), credentials: true })
  }
  handler(req as any, res as any, next)
}
