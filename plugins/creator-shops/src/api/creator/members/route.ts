import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CREATOR_MODULE } from "../../../modules/creator"
import type CreatorModuleService from "../../../modules/creator/service"
import { shopContext } from "../../utils/context"

/** The shop's team. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const creators: CreatorModuleService = req.scope.resolve(CREATOR_MODULE)
  const memberships = await creators.listCreatorMemberships(
    { creator_id: shopContext(req).creator_id },
    { relations: ["member"], order: { created_at: "ASC" } },
  )
  res.json({
    members: memberships.map((m) => ({
      id: m.member.id,
      email: m.member.email,
      name: m.member.name,
      role: m.role,
      joined_at: m.created_at,
    })),
  })
}
