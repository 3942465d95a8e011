import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { changeCreatorMemberWorkflow } from "../../../../workflows/change-creator-member"
import { shopContext } from "../../../utils/context"
import type { CreatorUpdateMemberType } from "../../validators"

/** Owner: change a member's role. */
export const POST = async (req: AuthenticatedMedusaRequest<CreatorUpdateMemberType>, res: MedusaResponse) => {
  const { creator_id } = shopContext(req)
  await changeCreatorMemberWorkflow(req.scope).run({ input: { creator_id, member_id: req.params.id, role: req.validatedBody.role } })
  res.json({ id: req.params.id, role: req.validatedBody.role })
}

/** Owner: remove a member from the shop (never the last owner). */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { creator_id } = shopContext(req)
  await changeCreatorMemberWorkflow(req.scope).run({ input: { creator_id, member_id: req.params.id, role: null } })
  res.json({ id: req.params.id, object: "creator_member", deleted: true })
}
