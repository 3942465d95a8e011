import { CreatorApiError } from "./api.server"
import { asMember, requireOwner, type Studio } from "./auth.server"

export type PayoutSettings = {
  provider: "manual" | "stripe-connect"
  stripe_account_id: string | null
  stripe_connect_configured: boolean
  /** Stripe's last word on the account (its account.updated event): it can be paid out */
  stripe_payouts_enabled?: boolean
}

/** How the shop is paid; an older backend that does not say whether Stripe Connect is offered offers none. */
export async function payoutSettings(studio: Studio): Promise<PayoutSettings> {
  const { payout_settings } = await asMember<{ payout_settings: PayoutSettings }>(studio, "/creator/payout-settings")
  return { ...payout_settings, stripe_connect_configured: payout_settings.stripe_connect_configured === true }
}

/** An owner starts (or resumes) Stripe's onboarding: the one-time link to Stripe's pages, or why not. */
export async function stripeOnboarding(studio: Studio): Promise<{ url: string } | { error: "studio.money.connectFailed" }> {
  requireOwner(studio)
  try {
    const { onboarding } = await asMember<{ onboarding: { url: string } }>(studio, "/creator/payouts/stripe-connect/onboarding", {
      method: "POST",
      body: {},
    })
    return { url: onboarding.url }
  } catch (error) {
    if (!(error instanceof CreatorApiError) || error.status >= 500) throw error
    return { error: "studio.money.connectFailed" }
  }
}
