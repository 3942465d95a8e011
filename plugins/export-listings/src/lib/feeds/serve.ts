import type { MedusaRequest } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { EXPORT_LISTING_MODULE } from "../../modules/export-listing"
import type ExportListingModuleService from "../../modules/export-listing/service"
import type { FeedFormat } from "../../modules/export-listing/types"
import type { PartnerRequest } from "../partner-auth"

export async function latestSnapshot(container: MedusaContainer, partnerId: string) {
  const service: ExportListingModuleService = container.resolve(EXPORT_LISTING_MODULE)
  const [snapshot] = await service.listFeedSnapshots(
    { partner_id: partnerId, status: "published", path: { $ne: null } },
    { order: { built_at: "DESC" }, take: 1 },
  )
  return snapshot ?? null
}

export function feedContentType(format: FeedFormat): string {
  return {
    "google-xml": "application/xml; charset=utf-8",
    "meta-csv": "text/csv; charset=utf-8",
    json: "application/x-ndjson; charset=utf-8",
  }[format]
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

/** One line of the partner's fetch log; a log that cannot be written is reported, never the partner's error. */
export async function logFetch(req: PartnerRequest, status: number, bytes: number, etagHit: boolean) {
  try {
    await req.scope
      .resolve<ExportListingModuleService>(EXPORT_LISTING_MODULE)
      .createFeedFetches({ partner_id: req.partner!.id, path: req.path, status, bytes, etag_hit: etagHit })
  } catch (error) {
    req.scope.resolve(ContainerRegistrationKeys.LOGGER).warn(`feed fetch log not written: ${(error as Error).message}`)
  }
}
