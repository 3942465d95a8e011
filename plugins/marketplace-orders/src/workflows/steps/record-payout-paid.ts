import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_ORDER_MODULE } from "../../modules/marketplace-order"
import type MarketplaceOrderModuleService from "../../modules/marketplace-order/service"

/** The ledger's `paid` entry for a payout that left the marketplace (a new row; removed if the workflow fails). */
export const recordPayoutPaidStep = createStep(
  "record-payout-paid",
  async (payout: { id: string; creator_id: string; currency_code: string; amount: number; reference: string }, { container }) => {
    const service: MarketplaceOrderModuleService = container.resolve(MARKETPLACE_ORDER_MODULE)
    const entry = await service.createLedgerEntries({
      creator_id: payout.creator_id,
      currency_code: payout.currency_code,
      type: "paid",
      amount: payout.amount,
      payout_id: payout.id,
      available_at: new Date(),
      note: payout.reference,
    })
    return new StepResponse(entry, entry.id)
  },
  async (id: string | undefined, { container }) => {
    if (!id) return
    const service: MarketplaceOrderModuleService = container.resolve(MARKETPLACE_ORDER_MODULE)
    await service.deleteLedgerEntries(id)
  },
)
