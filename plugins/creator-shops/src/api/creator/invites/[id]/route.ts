import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { CREATOR_MODULE } from "../../../../modules/creator"
import type CreatorModuleService from "../../../../modules/creator/service"
import { shopContext } from "../../../utils/context"

/** Owner: revoke an invite that was not accepted yet. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const creators: CreatorModuleService = req.scope.resolve(CREATOR_MODULE)
  const [invite] = await creators.listCreatorInvites({ id: req.params.id, creator_id: shopContext(req).creator_id, accepted_at: null })
  if (!invite) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Invite ${req.params.id} was not found in your shop.`)
  await creators.softDeleteCreatorInvites(invite.id)
  res.json({ id: invite.id, object: "creator_invite", deleted: true })
}
