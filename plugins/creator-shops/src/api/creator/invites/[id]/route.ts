import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { revokeCreatorInviteWorkflow } from "../../../../workflows/revoke-creator-invite"
import { shopContext } from "../../../utils/context"

/** Owner: revoke an invite that was not accepted yet. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await revokeCreatorInviteWorkflow(req.scope).run({
    input: { creator_id: shopContext(req).creator_id, invite_id: req.params.id },
  })
  res.json({ id: result.id, object: "creator_invite", deleted: true })
}
