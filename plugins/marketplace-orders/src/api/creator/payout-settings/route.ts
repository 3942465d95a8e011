import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { shopContext } from "@creative-market/creator-shops/api/utils/context"
import { MARKETPLACE_ORDER_MODULE } from "../../../modules/marketplace-order"
import type MarketplaceOrderModuleService from "../../../modules/marketplace-order/service"
import { pluginOptions } from "../../../utils/payout-providers"

/**
 * How the shop is paid: `manual` (bank transfer by an operator) until it connects a Stripe account;
 * `stripe_connect_configured` says whether this marketplace offers Stripe Connect at all.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service: MarketplaceOrderModuleService = req.scope.resolve(MARKETPLACE_ORDER_MODULE)
  const [settings] = await service.listPayoutSettings({ creator_id: shopContext(req).creator_id })
  res.json({
    payout_settings: {
      provider: settings?.provider ?? "manual",
      stripe_account_id: settings?.stripe_account_id ?? null,
      stripe_connect_configured: Boolean(pluginOptions(req.scope).stripe_api_key),
      // what Stripe last said of the account (account.updated): can it be paid out, is onboarding done
      stripe_payouts_enabled: settings?.stripe_payouts_enabled ?? false,
      stripe_details_submitted: settings?.stripe_details_submitted ?? false,
    },
  })
}
