import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_ORDER_MODULE } from "../../modules/marketplace-order"
import type MarketplaceOrderModuleService from "../../modules/marketplace-order/service"

export type StripeAccountState = {
  account_id: string
  payouts_enabled: boolean
  details_submitted: boolean
  /** when Stripe created the event */
  event_at: Date
}

type Before = { id: string; stripe_payouts_enabled: boolean; stripe_details_submitted: boolean; stripe_account_event_at: Date | null }

/**
 * A shop's Stripe Connect account state as Stripe last told it. An account no shop holds, or an
 * event older than the one already applied (Stripe does not promise order), changes nothing.
 */
export const updateStripeAccountStep = createStep(
  "update-stripe-account",
  async (input: StripeAccountState, { container }) => {
    const service: MarketplaceOrderModuleService = container.resolve(MARKETPLACE_ORDER_MODULE)
    const [settings] = await service.listPayoutSettings({ stripe_account_id: input.account_id })
    const last = settings?.stripe_account_event_at ? new Date(settings.stripe_account_event_at) : null
    if (!settings || (last && last >= new Date(input.event_at))) return new StepResponse({ updated: false }, null)
    const before: Before = {
      id: settings.id,
      stripe_payouts_enabled: settings.stripe_payouts_enabled,
      stripe_details_submitted: settings.stripe_details_submitted,
      stripe_account_event_at: last,
    }
    await service.updatePayoutSettings({
      id: settings.id,
      stripe_payouts_enabled: input.payouts_enabled,
      stripe_details_submitted: input.details_submitted,
      stripe_account_event_at: new Date(input.event_at),
    })
    return new StepResponse({ updated: true }, before)
  },
  async (before: Before | null | undefined, { container }) => {
    if (!before) return
    const service: MarketplaceOrderModuleService = container.resolve(MARKETPLACE_ORDER_MODULE)
    await service.updatePayoutSettings(before)
  },
)
