import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"

/** The e-mail a creator signed in with (the emailpass provider identity of the request). */
export async function authEmail(req: AuthenticatedMedusaRequest): Promise<string> {
  const auth = req.scope.resolve(Modules.AUTH)
  const identity = await auth.retrieveAuthIdentity(req.auth_context.auth_identity_id, { relations: ["provider_identities"] })
  const email = identity.provider_identities?.find((p) => p.provider === "emailpass")?.entity_id
  if (!email) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Creators sign in with e-mail and password.")
  return email.toLowerCase()
}
