import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MARKETPLACE_ORDER_MODULE } from "../modules/marketplace-order"
import type MarketplaceOrderModuleService from "../modules/marketplace-order/service"
import { stripeConnect } from "./payout-providers"

type Urls = { refresh_url: string; return_url: string }

/**
 * A shop's Stripe Express account (created once and kept on its payout settings, which then say
 * `stripe-connect`) and a fresh onboarding link for it.
 */
export async function connectStripeAccount(container: MedusaContainer, creatorId: string, urls: Urls) {
  const stripe = stripeConnect(container)
  const service: MarketplaceOrderModuleService = container.resolve(MARKETPLACE_ORDER_MODULE)
  let [settings] = await service.listPayoutSettings({ creator_id: creatorId })
  if (!settings?.stripe_account_id) {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "creator", fields: ["id", "email"], filters: { id: creatorId } })
    const account = await stripe.createAccount({ id: creatorId, email: (data[0] as any)?.email })
    const values = { provider: "stripe-connect" as const, stripe_account_id: account.id }
    settings = settings
      ? await service.updatePayoutSettings({ id: settings.id, ...values })
      : await service.createPayoutSettings({ creator_id: creatorId, ...values }).catch(async (error) => {
          // a second click at the same moment: Stripe's idempotency gave it the same account, which it stored
          const [stored] = await service.listPayoutSettings({ creator_id: creatorId })
          if (stored?.stripe_account_id === account.id) return stored
          throw error
        })
  }
  const link = await stripe.onboardingLink({ account: settings.stripe_account_id!, ...urls })
  return { account_id: settings.stripe_account_id, url: link.url, expires_at: new Date(link.expires_at * 1000).toISOString() }
}
