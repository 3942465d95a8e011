import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { describeIssues } from "@creative-market/creator-shops/api/utils/validate-body"
import { createHash } from "node:crypto"
import { promisify } from "node:util"
import { gzip } from "node:zlib"
import { acceptsGzip, conditionalMatch, logFetch } from "../../../../lib/feeds/serve"
import type { PartnerRequest } from "../../../../lib/partner-auth"
import { EXPORT_LISTING_MODULE } from "../../../../modules/export-listing"
import type ExportListingModuleService from "../../../../modules/export-listing/service"
import { decodeCursor, encodeCursor, PartnerItemsQuery } from "../../validators"

const gzipAsync = promisify(gzip)

/**
 * The JSON change feed: items changed since a date, in (changed_at, id) order with a keyset cursor;
 * withdrawn items come as tombstones `{ id, deleted: true }`. `Link: <…>; rel="next"` while there is more.
 */
export const GET = async (req: PartnerRequest, res: MedusaResponse) => {
  const parsed = PartnerItemsQuery.safeParse(req.query)
  if (!parsed.success) throw new MedusaError(MedusaError.Types.INVALID_DATA, describeIssues(parsed.error.issues))
  const { updated_since, cursor, limit } = parsed.data
  const after = cursor ? decodeCursor(cursor) : undefined
  if (after === null)
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "cursor: is not a cursor of this feed; start again without one.")
  if (req.partner!.format !== "json")
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "This partner has a file feed, not the JSON change feed.")
  const service: ExportListingModuleService = req.scope.resolve(EXPORT_LISTING_MODULE)
  const rows = await service.listFeedChanges(req.partner!.id, { since: updated_since ? new Date(updated_since) : undefined, after, limit })
  const items = rows.map((row) =>
    row.deleted
      ? { id: row.item_id, deleted: true, updated_at: new Date(row.changed_at).toISOString() }
      : { ...(row.payload as object), deleted: false, updated_at: new Date(row.changed_at).toISOString() },
  )
  const last = rows[rows.length - 1]
  const nextCursor = rows.length === limit && last ? encodeCursor(last.changed_key, last.item_id) : null
  if (nextCursor) {
    const next = new URLSearchParams({ ...(updated_since ? { updated_since } : {}), cursor: nextCursor, limit: String(limit) })
    res.setHeader("Link", `</partner/v1/items?${next}>; rel="next"`)
  }
  const json = JSON.stringify({ items, next_cursor: nextCursor })
  // gzip when asked, as the file feeds (a page of 500 items is a few hundred KB of JSON)
  const compressed = acceptsGzip(req)
  // a strong ETag of the page (its gzip copy tagged apart) and the page's newest change, so a
  // partner polling an unchanged page gets a 304, logged as one
  const etag = `"${createHash("sha1").update(json).digest("base64url")}${compressed ? "-gz" : ""}"`
  const modified = new Date(last ? Math.max(...rows.map((row) => new Date(row.changed_at).getTime())) : 0)
  res.setHeader("ETag", etag)
  if (last) res.setHeader("Last-Modified", modified.toUTCString())
  res.setHeader("Cache-Control", "private, no-cache")
  res.setHeader("Vary", "Accept-Encoding")
  if (conditionalMatch(req, etag, modified)) {
    res.status(304).end()
    logFetch(req, 304, 0, true)
    return
  }
  const body = compressed ? await gzipAsync(json) : Buffer.from(json)
  if (compressed) res.setHeader("Content-Encoding", "gzip")
  logFetch(req, 200, body.length, false)
  res.status(200).type("application/json").send(body)
}
