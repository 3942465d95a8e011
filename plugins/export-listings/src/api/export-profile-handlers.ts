import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveExportProfile } from "../lib/profile"
import { upsertExportProfileWorkflow } from "../workflows/upsert-export-profile"
import type { ExportProfileInputType } from "./validators"

/** GET …/products/:id/export-profile for creators and operators (the caller's access is checked before). */
export async function getExportProfile(req: MedusaRequest, res: MedusaResponse) {
  res.json({ export_profile: await retrieveExportProfile(req.scope, req.params.id) })
}

/** POST …/products/:id/export-profile: creates or updates the fields sent. */
export async function postExportProfile(req: MedusaRequest<ExportProfileInputType>, res: MedusaResponse) {
  await upsertExportProfileWorkflow(req.scope).run({ input: { product_id: req.params.id, profile: req.validatedBody } })
  res.json({ export_profile: await retrieveExportProfile(req.scope, req.params.id) })
}
