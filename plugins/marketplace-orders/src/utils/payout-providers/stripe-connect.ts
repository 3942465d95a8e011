import { MedusaError } from "@medusajs/framework/utils"
import type Stripe from "stripe"
import { stripeRefusal, toMinorUnits } from "./stripe-client"
import type { PayoutProvider, PayoutTransferInput } from "./types"

/**
 * Stripe Connect with Express accounts: the creator onboards on Stripe's own pages (an account
 * link), and an approved payout is a transfer from the marketplace's balance to their account.
 */
export class StripeConnectPayoutProvider implements PayoutProvider {
  readonly id = "stripe-connect" as const

  constructor(private readonly stripe: Stripe) {}

  /** A new Express account for a shop (one per shop: the key makes a double click create one). */
  async createAccount(creator: { id: string; email?: string | null }) {
    try {
      return await this.stripe.accounts.create(
        {
          type: "express",
          ...(creator.email && { email: creator.email }),
          capabilities: { transfers: { requested: true } },
          metadata: { creator_id: creator.id },
        },
        { idempotencyKey: `account-${creator.id}` },
      )
    } catch (error) {
      return stripeRefusal(error, "to open a Connect account")
    }
  }

  /** A one-time link to Stripe's onboarding pages for that account. */
  async onboardingLink(input: { account: string; refresh_url: string; return_url: string }) {
    try {
      return await this.stripe.accountLinks.create({ ...input, type: "account_onboarding" })
    } catch (error) {
      return stripeRefusal(error, "the onboarding link")
    }
  }

  async createTransfer({ payout, account, idempotencyKey, transferGroup }: PayoutTransferInput) {
    const destination = account?.stripe_account_id
    if (!destination)
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This shop has no Stripe account yet: it must finish Stripe's onboarding first.")
    try {
      const transfer = await this.stripe.transfers.create(
        {
          amount: toMinorUnits(payout.amount, payout.currency_code),
          currency: payout.currency_code,
          destination,
          transfer_group: transferGroup,
          description: `Creative Market payout ${payout.id}`,
          metadata: { payout_id: payout.id, creator_id: payout.creator_id },
        },
        { idempotencyKey },
      )
      return { reference: transfer.id }
    } catch (error) {
      return stripeRefusal(error, "the transfer")
    }
  }
}
