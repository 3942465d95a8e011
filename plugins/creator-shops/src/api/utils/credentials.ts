import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"

const EMAIL = z.string().email().max(320)
export const MIN_PASSWORD_LENGTH = 8

/**
 * What Medusa's e-mail + password provider does not check for creators. The address is
 * lower-cased everywhere (the provider treats `Ada@x.az` and `ada@x.az` as two identities; a
 * creator is one person); registering, or setting a new password, needs a real e-mail address
 * and a password of at least 8 characters. Signing in with an existing account is not judged.
 */
export function checkCreatorCredentials(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const body = req.body as { email?: unknown; password?: unknown } | undefined
  if (body && typeof body.email === "string") body.email = body.email.trim().toLowerCase()
  const setsPassword = /\/(register|update)$/.test(req.path)
  if (/\/register$/.test(req.path) && !EMAIL.safeParse(body?.email).success) {
    return next(new MedusaError(MedusaError.Types.INVALID_DATA, "email must be an e-mail address, such as studio@example.az."))
  }
  if (setsPassword && (typeof body?.password !== "string" || body.password.length < MIN_PASSWORD_LENGTH || body.password.length > 128)) {
    return next(new MedusaError(MedusaError.Types.INVALID_DATA, `password must be ${MIN_PASSWORD_LENGTH} to 128 characters long.`))
  }
  next()
}
