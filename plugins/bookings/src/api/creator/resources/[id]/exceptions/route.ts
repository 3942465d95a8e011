import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addResourceExceptionWorkflow } from "../../../../../workflows/manage-resources"
import type { CreatorAddExceptionType } from "../../../validators"

/** A holiday, maintenance, a block (closed) or extra hours (open) on one date, in the resource's time zone. */
export const POST = async (req: AuthenticatedMedusaRequest<CreatorAddExceptionType>, res: MedusaResponse) => {
  const { result } = await addResourceExceptionWorkflow(req.scope).run({ input: { ...req.validatedBody, resource_id: req.params.id } })
  res.status(201).json({ exception: result })
}
