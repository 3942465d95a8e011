import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LISTING_MODULE } from "../../modules/listing"
import type ListingModuleService from "../../modules/listing/service"

export type RevokeDownloadGrantsInput = {
  order_id: string
  /** only these lines' grants; all of the order's when left out */
  line_item_ids?: string[]
  reason: "cancelled" | "refunded"
}

/**
 * Revokes the grants of a purchase taken back: their links answer 410 with the reason, the account
 * no longer lists them. Grants already revoked keep their first reason; compensation restores them.
 */
export const revokeDownloadGrantsStep = createStep(
  "revoke-download-grants",
  async (input: RevokeDownloadGrantsInput, { container }) => {
    const listings: ListingModuleService = container.resolve(LISTING_MODULE)
    const grants = await listings.listDownloadGrants(
      { order_id: input.order_id, revoked_at: null, ...(input.line_item_ids ? { line_item_id: input.line_item_ids } : {}) },
      { select: ["id"], take: null },
    )
    if (!grants.length) return new StepResponse([] as string[], [] as string[])
    const ids = grants.map((g) => g.id)
    await listings.updateDownloadGrants({ selector: { id: ids }, data: { revoked_at: new Date(), revoked_reason: input.reason } })
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const listings: ListingModuleService = container.resolve(LISTING_MODULE)
    await listings.updateDownloadGrants({ selector: { id: ids }, data: { revoked_at: null, revoked_reason: null } })
  },
)
