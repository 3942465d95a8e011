import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { acceptCreatorInviteWorkflow } from "../../../../workflows/accept-creator-invite"
import { authEmail } from "../../../utils/auth-email"
import type { CreatorAcceptInviteType } from "../../validators"

/** The invited person (registered or signed in as a creator identity) joins the shop. */
export const POST = async (req: AuthenticatedMedusaRequest<CreatorAcceptInviteType>, res: MedusaResponse) => {
  const email = await authEmail(req)
  const { result } = await acceptCreatorInviteWorkflow(req.scope).run({
    input: {
      token: req.validatedBody.token,
      name: req.validatedBody.name,
      email,
      auth_identity_id: req.auth_context.auth_identity_id,
      member_id: req.auth_context.actor_id || null,
    },
  })
  res.json({ member: result.member, creator_id: result.membership.creator_id, role: result.membership.role })
}
