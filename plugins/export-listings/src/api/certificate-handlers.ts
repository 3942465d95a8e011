import { pipeline } from "node:stream/promises"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { removeTemporaryUploads } from "@creative-market/creator-shops/utils/uploads"
import { retrieveExportProfile, retrieveStoredProfile } from "../lib/profile"
import { attachCulturalCertificateWorkflow } from "../workflows/attach-cultural-certificate"
import { removeCulturalCertificateWorkflow } from "../workflows/remove-cultural-certificate"

/** The multipart field that carries the certificate document. */
export const CERTIFICATE_FIELD = "file"

async function certificateOf(req: MedusaRequest) {
  const profile = await retrieveStoredProfile(req.scope, req.params.id)
  if (!profile?.cultural_certificate_file_id)
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "This product has no certificate document: upload one first.")
  return profile
}

/**
 * GET …/export-profile/certificate: the document itself, for the owning shop's members and
 * operators only (the caller's access is checked before); never cached, never served inline.
 */
export async function downloadCertificate(req: MedusaRequest, res: MedusaResponse) {
  const profile = await certificateOf(req)
  const stream = await req.scope.resolve(Modules.FILE).getDownloadStream(profile.cultural_certificate_file_id)
  res.setHeader("Content-Type", profile.cultural_certificate_file_type)
  res.setHeader("Content-Disposition", `attachment; filename*=UTF-8''${encodeURIComponent(profile.cultural_certificate_file_name)}`)
  res.setHeader("Cache-Control", "private, no-store")
  res.setHeader("X-Content-Type-Options", "nosniff")
  try {
    await pipeline(stream, res)
  } catch (error) {
    req.scope.resolve(ContainerRegistrationKeys.LOGGER).error(`certificate of ${req.params.id}: ${(error as Error).message}`)
    res.destroy()
  }
}

/** POST …/export-profile/certificate (multipart, field "file"): stores or replaces the document. */
export async function uploadCertificate(req: MedusaRequest, res: MedusaResponse) {
  const [upload] = (req as unknown as { files?: Express.Multer.File[] }).files ?? []
  try {
    if (!upload)
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${CERTIFICATE_FIELD}: no document received; send multipart/form-data with the certificate in the "${CERTIFICATE_FIELD}" field.`,
      )
    const { path, originalname, size } = upload
    await attachCulturalCertificateWorkflow(req.scope).run({ input: { product_id: req.params.id, upload: { path, originalname, size } } })
  } finally {
    if (upload) await removeTemporaryUploads([upload])
  }
  res.status(201).json({ export_profile: await retrieveExportProfile(req.scope, req.params.id) })
}

/** DELETE …/export-profile/certificate: detaches and deletes the document. */
export async function deleteCertificate(req: MedusaRequest, res: MedusaResponse) {
  const profile = await certificateOf(req)
  await removeCulturalCertificateWorkflow(req.scope).run({
    input: { product_id: req.params.id, file_id: profile.cultural_certificate_file_id },
  })
  res.json({ export_profile: await retrieveExportProfile(req.scope, req.params.id) })
}
