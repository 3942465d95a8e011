import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { addDigitalAssetsWorkflow } from "../../../../../workflows/add-digital-assets"
import { assertDigitalListing } from "../../../../../utils/digital-listing"
import { deletePrivateFiles, storePrivateFiles } from "../../../../../utils/private-files"
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
 * tier). They arrive on disk and are streamed to private storage; the rows come last, and the
 * stored files are deleted again if they cannot be recorded.
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const uploads = uploadedFiles(req)
  try {
    const raw = (req.body as Record<string, unknown> | undefined)?.variant_id
    const variantId = typeof raw === "string" && raw ? raw : null
    await assertDigitalListing(req.scope, req.params.id, variantId)
    const stored = await storePrivateFiles(req.scope, uploads)
    try {
      const { result } = await addDigitalAssetsWorkflow(req.scope).run({
        input: { product_id: req.params.id, variant_id: variantId, member_id: shopContext(req).member_id, files: stored },
      })
      res.status(201).json({ files: result.map(({ file_key, ...asset }: any) => asset) })
    } catch (error) {
      await deletePrivateFiles(req.scope, stored)
      throw error
    }
  } finally {
    await removeTemporaryUploads(uploads)
  }
}
