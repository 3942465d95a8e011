import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { shopContext } from "@creative-market/creator-shops/api/utils/context"
import { MARKETPLACE_ORDER_MODULE } from "../../../modules/marketplace-order"
import type MarketplaceOrderModuleService from "../../../modules/marketplace-order/service"
import { payoutView } from "../../../utils/payout-view"

/** The shop's payouts, newest first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service: MarketplaceOrderModuleService = req.scope.resolve(MARKETPLACE_ORDER_MODULE)
  const payouts = await service.listCreatorPayouts(
    { creator_id: shopContext(req).creator_id },
    { order: { created_at: "DESC" }, take: 100 },
  )
  res.json({ payouts: payouts.map(payoutView) })
}
