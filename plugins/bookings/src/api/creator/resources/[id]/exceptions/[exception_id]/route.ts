import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { removeResourceExceptionWorkflow } from "../../../../../../workflows/manage-resources"

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await removeResourceExceptionWorkflow(req.scope).run({ input: { resource_id: req.params.id, exception_id: req.params.exception_id } })
  res.json({ id: req.params.exception_id, object: "bookable_resource_exception", deleted: true })
}
