import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { EXPORT_LISTING_MODULE } from "../../../../../modules/export-listing"
import type ExportListingModuleService from "../../../../../modules/export-listing/service"
import { flushFetches } from "../../../../../lib/feeds/fetch-log"
import { partnerView } from "../../../partners"

/** The partner's fetch log, newest first: time, path, status, bytes, ETag hit. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await partnerView(req.scope, req.params.id)
  await flushFetches(req.scope)
  const service: ExportListingModuleService = req.scope.resolve(EXPORT_LISTING_MODULE)
  const fetches = await service.listFeedFetches({ partner_id: req.params.id }, { order: { created_at: "DESC" }, take: 100 })
  res.json({
    fetches: fetches.map(({ id, path, status, bytes, etag_hit, created_at }) => ({ id, path, status, bytes, etag_hit, created_at })),
  })
}
