import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { MoneyPlan } from "../../utils/refund-plan"

/**
 * The one step that moves money, so it runs last: everything before it compensates if it fails,
 * and nothing after it can fail. A captured payment is refunded through Medusa's payment module
 * (its provider: Stripe, or the system provider), with our refund ids in the refund's metadata;
 * an authorised one is voided once the whole purchase was given back.
 */
export const moveRefundMoneyStep = createStep(
  "move-refund-money",
  async (input: { money: MoneyPlan; refund_ids: string[]; note?: string | null; created_by?: string | null }, { container }) => {
    const { money } = input
    if (!money.payment_id) return new StepResponse(null)
    const payments = container.resolve(Modules.PAYMENT)
    if (money.method === "refunded") {
      const payment = await payments.refundPayment({
        payment_id: money.payment_id,
        amount: money.amount,
        note: input.note ?? undefined,
        created_by: input.created_by ?? undefined,
        metadata: { creator_refund_ids: input.refund_ids },
      })
      return new StepResponse(payment.id)
    }
    if (money.cancel_payment) await payments.cancelPayment(money.payment_id)
    return new StepResponse(money.payment_id)
  },
)
