import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addBookingSessionWorkflow } from "../../../../../workflows/manage-resources"
import type { CreatorAddSessionType } from "../../../validators"

/** A dated session (a masterclass) with seats, for a `session` variant on this resource. */
export const POST = async (req: AuthenticatedMedusaRequest<CreatorAddSessionType>, res: MedusaResponse) => {
  const { result } = await addBookingSessionWorkflow(req.scope).run({ input: { ...req.validatedBody, resource_id: req.params.id } })
  res.status(201).json({ session: result })
}
