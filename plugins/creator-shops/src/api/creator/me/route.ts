import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { CREATOR_MODULE } from "../../../modules/creator"
import type CreatorModuleService from "../../../modules/creator/service"

/** The signed-in member and the shops they belong to, with their role in each. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const creators: CreatorModuleService = req.scope.resolve(CREATOR_MODULE)
  if (!req.auth_context.actor_id)
    throw new MedusaError(
      MedusaError.Types.UNAUTHORIZED,
      "This token has no creator account yet: finish signing up (POST /creator/signup), or, if you have, sign in again (POST /auth/creator/emailpass) for a token that carries it.",
    )
  const member = await creators.retrieveCreatorMember(req.auth_context.actor_id)
  const memberships = await creators.listCreatorMemberships({ member_id: member.id }, { relations: ["creator"] })
  res.json({
    member,
    shops: memberships.map((m) => ({
      id: m.creator.id,
      handle: m.creator.handle,
      name: m.creator.name,
      status: m.creator.status,
      role: m.role,
    })),
  })
}
