import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { LISTING_MODULE } from "../../../modules/listing"
import type ListingModuleService from "../../../modules/listing/service"
import { isValidDownloadToken } from "../../../utils/download-links"
import { pluginOptions } from "../../../utils/options"

/**
 * A buyer's signed download link (outside /store: it is opened from an e-mail, with no
 * publishable key). Each successful call counts one download.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { secret } = pluginOptions(req.scope)
  if (!isValidDownloadToken(req.params.id, req.query.token, secret)) {
    res.status(403).json({ type: "forbidden", message: "This download link is not valid. Use the link from your order e-mail or your account." })
    return
  }
  const listings: ListingModuleService = req.scope.resolve(LISTING_MODULE)
  const consumed = await listings.consumeDownload(req.params.id)
  if (!consumed) {
    res.status(410).json({ type: "gone", message: "This download link has expired or reached its download limit. Contact the creator for a new one." })
    return
  }
  const asset = await listings.retrieveDigitalAsset(consumed.asset_id)
  const stream = await req.scope.resolve(Modules.FILE).getDownloadStream(asset.file_key)
  res.setHeader("Content-Type", asset.mime_type)
  res.setHeader("Content-Disposition", `attachment; filename*=UTF-8''${encodeURIComponent(asset.filename)}`)
  res.setHeader("Cache-Control", "private, no-store")
  res.setHeader("X-Content-Type-Options", "nosniff")
  res.setHeader("X-Downloads-Left", String(consumed.max_downloads - consumed.downloads_used))
  stream.pipe(res)
}
