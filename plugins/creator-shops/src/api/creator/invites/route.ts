import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CREATOR_MODULE } from "../../../modules/creator"
import type CreatorModuleService from "../../../modules/creator/service"
import { inviteCreatorMemberWorkflow } from "../../../workflows/invite-creator-member"
import { shopContext } from "../../utils/context"
import type { CreatorCreateInviteType } from "../validators"

const publicInvite = ({ token_hash, ...invite }: Record<string, unknown>) => invite

/** Owner: the shop's open invites. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const creators: CreatorModuleService = req.scope.resolve(CREATOR_MODULE)
  const invites = await creators.listCreatorInvites(
    { creator_id: shopContext(req).creator_id, accepted_at: null },
    { order: { created_at: "DESC" } },
  )
  res.json({ invites: invites.map(publicInvite) })
}

/** Owner: invite someone by e-mail; they receive a signed link that expires. */
export const POST = async (req: AuthenticatedMedusaRequest<CreatorCreateInviteType>, res: MedusaResponse) => {
  const { creator_id, member_id } = shopContext(req)
  const { result } = await inviteCreatorMemberWorkflow(req.scope).run({
    input: { creator_id, invited_by: member_id, ...req.validatedBody },
  })
  res.status(201).json({ invite: publicInvite(result) })
}
