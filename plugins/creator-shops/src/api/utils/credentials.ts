import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"

const EMAIL = z.string().email().max(320)

/**
 * What Medusa's e-mail + password provider does not check for creators. The address is
 * lower-cased everywhere (the provider treats `Ada@x.az` and `ada@x.az` as two identities; a
 * creator is one person), and registering needs a real e-mail address. The password policy is the
 * marketplace's one for every actor, applied by the backend (docs/decisions/009).
 */
export function checkCreatorCredentials(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const body = req.body as { email?: unknown } | undefined
  if (body && typeof body.email === "string") body.email = body.email.trim().toLowerCase()
  if (/\/register$/.test(req.path) && !EMAIL.safeParse(body?.email).success) {
    return next(new MedusaError(MedusaError.Types.INVALID_DATA, "email must be an e-mail address, such as studio@example.az."))
  }
  next()
}
