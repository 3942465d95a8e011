import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { round } from "../../utils/commission"
import { loadRefundContext } from "../../utils/refund-context"
import { planDeliveryRefund, planLineRefund, planMoney } from "../../utils/refund-plan"
import { refused, type RefundPlan } from "./prepare-creator-refund"

/**
 * Plans the cancellation of a creator's order: every line's money still left and the delivery
 * back to the buyer (and the creator's delivery earning reversed), all unshipped stock released.
 * An order with a live fulfilment has left the workshop: it cannot be cancelled, its lines are
 * refunded instead.
 */
export const prepareCreatorCancelStep = createStep("prepare-creator-cancel", async (input: { order_id: string }, { container }) => {
  const ctx = await loadRefundContext(container, input.order_id)
  if (ctx.order.status === "canceled") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This order is already cancelled.")
  if (ctx.order.shipped)
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This order was already shipped: refund its lines instead of cancelling it.")
  const plan = refused((): RefundPlan => {
    const lines = ctx.lines.filter((l) => round(l.total - l.refunded_amount) > 0).map((l) => planLineRefund(l, {}))
    const delivery = planDeliveryRefund(ctx.shipping)
    const amount = round(lines.reduce((n, l) => n + l.amount, 0) + delivery.amount)
    return {
      order_id: ctx.order.id,
      order_group_id: ctx.group?.id ?? null,
      creator_id: ctx.order.creator_id,
      currency_code: ctx.order.currency_code,
      lines,
      shipping_amount: delivery.amount,
      shipping_earning_reversal: delivery.earning_reversal,
      money: planMoney(ctx.payment, ctx.group, amount),
      release_all_of: ctx.lines.map((l) => l.id),
    }
  })
  return new StepResponse(plan)
})
