import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { addDigitalAssetsWorkflow } from "../../../../../workflows/add-digital-assets"
import { sniffMimeType } from "../../../../../utils/file-type"
import { uploadedFiles } from "../../../../../utils/uploads"

const ASSET_FIELDS = ["listing.assets.id", "listing.assets.filename", "listing.assets.mime_type", "listing.assets.size", "listing.assets.variant_id", "listing.assets.created_at"]

/** A digital listing's private files (never their storage keys or URLs). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ASSET_FIELDS, filters: { id: req.params.id } })
  res.json({ files: data[0]?.listing?.assets ?? [] })
}

/** Upload files for buyers (multipart, field "files", optional field "variant_id" for one licence tier). */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const variantId = typeof (req.body as any)?.variant_id === "string" && (req.body as any).variant_id ? (req.body as any).variant_id : null
  const files = uploadedFiles(req).map((file) => ({
    filename: file.originalname.replace(/[\\/\0]/g, "_").slice(0, 200),
    mimeType: sniffMimeType(file.buffer),
    content: file.buffer.toString("base64"),
    size: file.size,
  }))
  const { result } = await addDigitalAssetsWorkflow(req.scope).run({ input: { product_id: req.params.id, variant_id: variantId, files } })
  res.status(201).json({ files: result.map(({ file_key, ...asset }: any) => asset) })
}
