import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteDigitalFileWorkflow } from "../../../../../../workflows/delete-digital-file"

/** Remove a file; buyers who already have a grant for it lose access with it. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await deleteDigitalFileWorkflow(req.scope).run({ input: { product_id: req.params.id, asset_id: req.params.file_id } })
  res.json({ id: result.id, object: "digital_asset", deleted: true })
}
