import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { shopContext } from "@creative-market/creator-shops/api/utils/context"
import { MARKETPLACE_ORDER_MODULE } from "../../../../modules/marketplace-order"
import type MarketplaceOrderModuleService from "../../../../modules/marketplace-order/service"
import { payoutView } from "../../../../utils/payout-view"

/** One of the shop's payouts; another shop's looks exactly like a missing one. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service: MarketplaceOrderModuleService = req.scope.resolve(MARKETPLACE_ORDER_MODULE)
  const [payout] = await service.listCreatorPayouts({ id: req.params.id, creator_id: shopContext(req).creator_id })
  if (!payout) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Payout ${req.params.id} was not found in your shop.`)
  res.json({ payout: payoutView(payout) })
}
