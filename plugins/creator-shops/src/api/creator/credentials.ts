import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/**
 * Medusa's e-mail + password provider treats `Ada@x.az` and `ada@x.az` as two identities; a
 * creator's address is one person, so registration and sign-in see it lower-cased.
 */
export function normalizeEmail(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const body = req.body as { email?: unknown } | undefined
  if (body && typeof body.email === "string") body.email = body.email.trim().toLowerCase()
  next()
}
