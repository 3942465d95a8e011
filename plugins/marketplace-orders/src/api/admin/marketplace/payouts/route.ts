import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MARKETPLACE_ORDER_MODULE } from "../../../../modules/marketplace-order"
import type MarketplaceOrderModuleService from "../../../../modules/marketplace-order/service"
import { payoutView } from "../../../../utils/payout-view"
import type { AdminListPayoutsType } from "../../validators"

/** Payouts for operators to review, newest first (filter by status or creator). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { status, creator_id, limit, offset } = req.validatedQuery as AdminListPayoutsType
  const service: MarketplaceOrderModuleService = req.scope.resolve(MARKETPLACE_ORDER_MODULE)
  const [payouts, count] = await service.listAndCountCreatorPayouts(
    { ...(status ? { status } : {}), ...(creator_id ? { creator_id } : {}) },
    { order: { created_at: "DESC" }, skip: offset, take: limit },
  )
  res.json({ payouts: payouts.map(payoutView), count, limit, offset })
}
