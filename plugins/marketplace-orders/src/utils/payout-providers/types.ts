import type { PayoutProviderId } from "../../modules/marketplace-order/models/payout-settings"

/** What a provider is asked to send: an approved payout to a creator's account. */
export type PayoutTransferInput = {
  payout: { id: string; creator_id: string; currency_code: string; amount: number }
  /** the creator's payout settings (null: never set, i.e. manual) */
  account: { provider: PayoutProviderId; stripe_account_id: string | null } | null
  /** the same key for every attempt at one payout, so a retry never pays twice */
  idempotencyKey: string
  /** groups the transfer with the money it comes from (Stripe's `transfer_group`) */
  transferGroup: string
  /** manual: the reference of the bank transfer the operator made */
  reference?: string | null
}

/** Where the money went: the bank transfer's or the provider's reference. */
export type PayoutTransfer = { reference: string }

/** A way of paying creators (docs/decisions/023). */
export interface PayoutProvider {
  readonly id: PayoutProviderId
  createTransfer(input: PayoutTransferInput): Promise<PayoutTransfer>
}
