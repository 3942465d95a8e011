import { pipeline } from "node:stream/promises"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { LISTING_MODULE } from "../../../modules/listing"
import type ListingModuleService from "../../../modules/listing/service"
import type { DownloadFile } from "../../../modules/listing/service"
import { isValidDownloadToken } from "../../../utils/download-links"
import { pluginOptions } from "../../../utils/options"
import { refuseDownload } from "../refusal"

/**
 * A buyer's signed download link (outside /store: it is opened from an e-mail, with no
 * publishable key). Each successful GET counts one download; HEAD (link scanners, previews)
 * answers the same status and headers and counts nothing.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { secret, storefront_url } = pluginOptions(req.scope)
  if (!isValidDownloadToken(req.params.id, req.query.token, secret)) {
    refuseDownload(req, res, "invalid", storefront_url)
    return
  }
  const listings: ListingModuleService = req.scope.resolve(LISTING_MODULE)
  const head = req.method === "HEAD"
  const consumed = head ? await listings.peekDownload(req.params.id) : await listings.consumeDownload(req.params.id)
  if (!consumed) {
    // a purchase taken back says so; anything else (used up, expired, withdrawn) is simply gone
    const [grant] = await listings.listDownloadGrants({ id: req.params.id }, { select: ["id", "revoked_reason"] })
    refuseDownload(req, res, grant?.revoked_reason ?? "gone", storefront_url)
    return
  }
  setFileHeaders(res, consumed)
  if (head) {
    res.status(200).end()
    return
  }
  try {
    await pipeline(await req.scope.resolve(Modules.FILE).getDownloadStream(consumed.file_key), res)
  } catch (error) {
    // a missing or broken file must not bring the server down; the buyer sees a cut download
    req.scope.resolve(ContainerRegistrationKeys.LOGGER).error(`download ${req.params.id} failed: ${(error as Error).message}`)
    if (!res.headersSent) res.status(500).json({ type: "unknown_error", message: "The file could not be read. Try again later." })
    else res.destroy()
  }
}

function setFileHeaders(res: MedusaResponse, file: DownloadFile) {
  res.setHeader("Content-Type", file.mime_type)
  res.setHeader("Content-Disposition", `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
  res.setHeader("Cache-Control", "private, no-store")
  res.setHeader("X-Content-Type-Options", "nosniff")
  res.setHeader("X-Downloads-Left", String(file.max_downloads - file.downloads_used))
}
