import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { EXPORT_LISTING_MODULE } from "../../modules/export-listing"
import type ExportListingModuleService from "../../modules/export-listing/service"

/** A partner as operators see it: never a token hash, only hints, validity and the current snapshot. */
export async function partnerView(container: MedusaContainer, id: string) {
  const service: ExportListingModuleService = container.resolve(EXPORT_LISTING_MODULE)
  const [partner] = await service.listPartners({ id })
  if (!partner) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Partner ${id} was not found.`)
  const tokens = await service.listPartnerTokens({ partner_id: id }, { order: { created_at: "DESC" } })
  const [snapshot] = await service.listFeedSnapshots({ partner_id: id }, { order: { built_at: "DESC" }, take: 1 })
  return {
    ...partner,
    tokens: tokens.map(({ id, hint, expires_at, revoked_at, created_at }) => ({ id, hint, expires_at, revoked_at, created_at })),
    last_snapshot: snapshot ?? null,
  }
}
