import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { StoreCartEmail } from "../store/validators"

/**
 * Refuses a cart's over-long or malformed e-mail with a 400 naming it, before Medusa's cart routes
 * (`POST /store/carts`, `POST /store/carts/:id`) store it; everything else in the body is theirs.
 */
export function checkCartEmail(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const body = req.body as { email?: unknown } | undefined
  if (!body || typeof body !== "object" || body.email === undefined) return next()
  const result = StoreCartEmail.safeParse({ email: body.email })
  if (result.success) return next()
  return next(new MedusaError(MedusaError.Types.INVALID_DATA, `email: ${result.error.issues[0]!.message}.`))
}
