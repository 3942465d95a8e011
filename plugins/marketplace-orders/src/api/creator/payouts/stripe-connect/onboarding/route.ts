import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { shopContext } from "@creative-market/creator-shops/api/utils/context"
import { pluginOptions } from "../../../../../utils/payout-providers"
import { connectStripeAccount } from "../../../../../utils/stripe-onboarding"

/**
 * The shop's owner starts (or resumes) Stripe Connect onboarding: the shop gets an Express
 * account (once) and this answers a one-time link to Stripe's onboarding pages.
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const dashboard = `${pluginOptions(req.scope).storefront_url ?? "http://localhost:3000"}/creator/payouts`
  const link = await connectStripeAccount(req.scope, shopContext(req).creator_id, {
    refresh_url: `${dashboard}?stripe=refresh`,
    return_url: `${dashboard}?stripe=return`,
  })
  res.status(201).json({ onboarding: link })
}
