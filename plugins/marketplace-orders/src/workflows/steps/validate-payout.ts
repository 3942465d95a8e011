import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_ORDER_MODULE } from "../../modules/marketplace-order"
import type MarketplaceOrderModuleService from "../../modules/marketplace-order/service"
import { balances, type Entry } from "../../utils/balance"
import { moneyText } from "../../utils/money-text"

const FROM: Record<string, string[]> = { approve: ["proposed"], pay: ["approved"], cancel: ["proposed", "approved"] }
const REFUSED: Record<string, string> = {
  approve: "Only a proposed payout can be approved",
  pay: "Only an approved payout can be paid",
  cancel: "Only a payout not paid yet can be cancelled",
}

/**
 * A payout can be approved when proposed, paid when approved, cancelled until paid, and never
 * approved or paid for more than the creator's available balance now (a refund since the proposal may have lowered it): 404 for an
 * unknown payout, 400 otherwise, before anything is written.
 */
export const validatePayoutStep = createStep(
  "validate-payout",
  async (input: { id: string; action: "approve" | "pay" | "cancel" }, { container }) => {
    const service: MarketplaceOrderModuleService = container.resolve(MARKETPLACE_ORDER_MODULE)
    const [payout] = await service.listCreatorPayouts({ id: input.id })
    if (!payout) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Payout ${input.id} was not found.`)
    if (!FROM[input.action].includes(payout.status))
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${REFUSED[input.action]}; this one is ${payout.status}.`)
    const entries = await service.listLedgerEntries({ creator_id: payout.creator_id, currency_code: payout.currency_code }, { take: null })
    const available = balances(entries as unknown as Entry[])[0]?.available ?? 0
    if (input.action !== "cancel" && Number(payout.amount) > available + 1e-9)
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `This payout of ${moneyText(Number(payout.amount), payout.currency_code)} is more than the available balance (${moneyText(available, payout.currency_code)}): cancel it and let the next proposal offset it.`,
      )
    return new StepResponse({
      id: payout.id,
      creator_id: payout.creator_id,
      currency_code: payout.currency_code,
      amount: Number(payout.amount),
      status: payout.status,
    })
  },
)
