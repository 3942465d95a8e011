import type { MedusaRequest } from "@medusajs/framework/http"
import type { TokenPartner } from "../../modules/export-listing/service"
import type { FeedFormat } from "../../modules/export-listing/types"
import type { PartnerRequest } from "../partner-auth"
import { recordFetch } from "./fetch-log"

/** The snapshot the partner's feed URL serves, as authentication read it with the token (null before the first build). */
export function servedSnapshot(partner: TokenPartner) {
  if (!partner.snapshot_id) return null
  return { id: partner.snapshot_id, path: partner.snapshot_path!, etag: partner.snapshot_etag!, built_at: partner.snapshot_built_at! }
}

export function feedContentType(format: FeedFormat): string {
  return {
    "google-xml": "application/xml; charset=utf-8",
    "meta-csv": "text/csv; charset=utf-8",
    json: "application/x-ndjson; charset=utf-8",
  }[format]
}

/** Whether the partner asked for a gzip body (`Accept-Encoding: gzip`, not refused with `q=0`). */
export function acceptsGzip(req: MedusaRequest): boolean {
  return String(req.headers["accept-encoding"] ?? "")
    .split(",")
    .map((part) => part.trim().toLowerCase())
    .some((part) => /^(gzip|\*)(\s*;|$)/.test(part) && !/;\s*q=0(\.0*)?\s*$/.test(part))
}

/** RFC 9110 §13: If-None-Match wins over If-Modified-Since (compared in whole seconds). */
export function conditionalMatch(req: MedusaRequest, etag: string, modified: Date): boolean {
  const ifNoneMatch = req.headers["if-none-match"]
  if (ifNoneMatch) {
    const tags = String(ifNoneMatch)
      .split(",")
      .map((tag) => tag.trim().replace(/^W\//, ""))
    return tags.includes("*") || tags.includes(etag)
  }
  const since = Date.parse(String(req.headers["if-modified-since"] ?? ""))
  return Number.isFinite(since) && Math.floor(modified.getTime() / 1000) * 1000 <= since
}

/** One line of the partner's fetch log (written in batches: fetch-log.ts). */
export function logFetch(req: PartnerRequest, status: number, bytes: number, etagHit: boolean) {
  recordFetch(req.scope, { partner_id: req.partner!.id, path: req.path, status, bytes, etag_hit: etagHit })
}
