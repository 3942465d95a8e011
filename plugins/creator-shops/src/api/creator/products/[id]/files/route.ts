import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { uploadDigitalFilesWorkflow } from "../../../../../workflows/upload-digital-files"
import { removeTemporaryUploads, uploadedFiles } from "../../../../../utils/uploads"
import { shopContext } from "../../../../utils/context"

const ASSET_FIELDS = [
  "listing.assets.id",
  "listing.assets.filename",
  "listing.assets.mime_type",
  "listing.assets.size",
  "listing.assets.variant_id",
  "listing.assets.created_at",
]

/** A digital listing's private files (never their storage keys or URLs). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ASSET_FIELDS, filters: { id: req.params.id } })
  res.json({ files: data[0]?.listing?.assets ?? [] })
}

/**
 * Upload files for buyers (multipart, field "files", optional field "variant_id" for one licence
 * tier). They arrive on disk and are streamed to private storage by the workflow.
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const uploads = uploadedFiles(req)
  try {
    const raw = (req.body as Record<string, unknown> | undefined)?.variant_id
    const { result } = await uploadDigitalFilesWorkflow(req.scope).run({
      input: {
        product_id: req.params.id,
        variant_id: typeof raw === "string" && raw ? raw : null,
        member_id: shopContext(req).member_id,
        uploads: uploads.map(({ path, originalname, size }) => ({ path, originalname, size })),
      },
    })
    res.status(201).json({ files: result.map(({ file_key, ...asset }: any) => asset) })
  } finally {
    await removeTemporaryUploads(uploads)
  }
}
