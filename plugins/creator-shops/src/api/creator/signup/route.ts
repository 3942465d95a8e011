import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { signUpCreatorWorkflow } from "../../../workflows/sign-up-creator"
import { authEmail } from "../../utils/auth-email"
import type { CreatorSignUpType } from "../validators"

/** Opens a shop for the signed-in (or just registered) creator identity. */
export const POST = async (req: AuthenticatedMedusaRequest<CreatorSignUpType>, res: MedusaResponse) => {
  const email = await authEmail(req)
  const { result } = await signUpCreatorWorkflow(req.scope).run({
    input: {
      auth_identity_id: req.auth_context.auth_identity_id,
      member_id: req.auth_context.actor_id || null,
      member: { email, name: req.validatedBody.member.name },
      shop: req.validatedBody.shop,
    },
  })
  res.status(201).json({ creator: result.creator, member: result.member })
}
