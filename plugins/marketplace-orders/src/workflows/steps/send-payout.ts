import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_ORDER_MODULE } from "../../modules/marketplace-order"
import type MarketplaceOrderModuleService from "../../modules/marketplace-order/service"
import { payoutProvider } from "../../utils/payout-providers"

type SendPayoutInput = {
  payout: { id: string; creator_id: string; currency_code: string; amount: number }
  /** manual payouts: the operator's bank transfer reference */
  reference?: string | null
}

/**
 * Sends an approved payout through the creator's provider (their payout settings: `stripe-connect`
 * once they have a Stripe account, else `manual`). The idempotency key is the payout id, so a
 * retry after a failure further on asks Stripe for the same transfer and never pays twice; money
 * that left cannot be called back, so there is no compensation.
 */
export const sendPayoutStep = createStep("send-creator-payout", async ({ payout, reference }: SendPayoutInput, { container }) => {
  const service: MarketplaceOrderModuleService = container.resolve(MARKETPLACE_ORDER_MODULE)
  const [settings] = await service.listPayoutSettings({ creator_id: payout.creator_id })
  const provider = settings?.stripe_account_id && settings.provider === "stripe-connect" ? "stripe-connect" : "manual"
  if (provider === "stripe-connect" && reference)
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "This shop is paid through Stripe Connect: pay it without a reference (Stripe's transfer id is recorded).",
    )
  const transfer = await payoutProvider(container, provider).createTransfer({
    payout,
    account: settings ? { provider: settings.provider, stripe_account_id: settings.stripe_account_id ?? null } : null,
    idempotencyKey: payout.id,
    transferGroup: payout.id,
    reference,
  })
  return new StepResponse({ provider, reference: transfer.reference })
})
