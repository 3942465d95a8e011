import { createReadStream } from "node:fs"
import { stat } from "node:fs/promises"
import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { buildPartnerFeedOnce, FEED_FILE } from "../../../../lib/feeds/build"
import { acceptsGzip, conditionalMatch, feedContentType, logFetch, servedSnapshot } from "../../../../lib/feeds/serve"
import type { PartnerRequest } from "../../../../lib/partner-auth"
import type { FeedFormat } from "../../../../modules/export-listing/types"

/**
 * The partner's current snapshot (`feed.xml`, `feed.csv` or `feed.jsonl`, and `.gz` of each): strong
 * ETag, Last-Modified, 304 for a copy the partner already has, gzip when asked.
 */
export const GET = async (req: PartnerRequest, res: MedusaResponse) => {
  const partner = req.partner!
  const name = FEED_FILE[partner.format as FeedFormat]
  const wantsGzFile = req.params.file === `${name}.gz`
  if (req.params.file !== name && !wantsGzFile)
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `This partner's feed is ${name} (or ${name}.gz).`)
  const snapshot = servedSnapshot(partner)
  if (!snapshot) return notReady(req, res, "The first feed is being built: try again in a few minutes.")
  const gzip = wantsGzFile || acceptsGzip(req)
  const etag = gzip ? snapshot.etag.replace(/"$/, '-gz"') : snapshot.etag
  res.setHeader("ETag", etag)
  res.setHeader("Last-Modified", new Date(snapshot.built_at).toUTCString())
  res.setHeader("Cache-Control", "private, no-cache")
  if (!wantsGzFile) res.setHeader("Vary", "Accept-Encoding")
  if (conditionalMatch(req, etag, new Date(snapshot.built_at))) {
    res.status(304).end()
    logFetch(req, 304, 0, true)
    return
  }
  const file = gzip ? `${snapshot.path}.gz` : snapshot.path
  const size = await stat(file).then(
    (found) => found.size,
    () => null,
  )
  if (size === null) return rebuildLostFile(req, res)
  res.setHeader("Content-Type", wantsGzFile ? "application/gzip" : feedContentType(partner.format as FeedFormat))
  if (gzip && !wantsGzFile) res.setHeader("Content-Encoding", "gzip")
  res.setHeader("Content-Length", String(size))
  res.status(200)
  const stream = createReadStream(file)
  stream.pipe(res)
  await new Promise((resolve) => res.once("close", resolve))
  logFetch(req, 200, stream.bytesRead, false)
}

function notReady(req: PartnerRequest, res: MedusaResponse, message: string) {
  res.setHeader("Retry-After", "300")
  logFetch(req, 503, 0, false)
  res.status(503).json({ type: "not_ready", message })
}

/**
 * The published snapshot's file is gone from this server's disk (a new machine, a wiped volume): the
 * partner is asked to come back, and the feed is built again in the background.
 */
function rebuildLostFile(req: PartnerRequest, res: MedusaResponse) {
  const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)
  logger.warn(`export feed of partner ${req.partner!.id}: the snapshot's file is missing, building it again`)
  buildPartnerFeedOnce(req.scope, req.partner!.id).catch((error) => logger.error(`export feed rebuild failed: ${error.message}`))
  res.removeHeader("ETag")
  res.removeHeader("Last-Modified")
  notReady(req, res, "The feed is being rebuilt: try again in a few minutes.")
}
