import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { round } from "../../utils/commission"
import { loadRefundContext } from "../../utils/refund-context"
import {
  type LineRefund,
  type MoneyPlan,
  planDeliveryRefund,
  planLineRefund,
  planMoney,
  RefundRefused,
  refundsWholeOrder,
} from "../../utils/refund-plan"

export type RefundPlan = {
  order_id: string
  order_group_id: string | null
  creator_id: string | null
  currency_code: string
  lines: LineRefund[]
  /** delivery paid back (a cancellation, or a refund that leaves nothing of an order not shipped) */
  shipping_amount: number
  /** the creator's delivery earning reversed with it (docs/decisions/040) */
  shipping_earning_reversal: number
  money: MoneyPlan
  /** lines whose reservations are all released (a cancellation) */
  release_all_of?: string[]
}

/** A refused refund is the operator's mistake: 400 with the sentence. */
export function refused<T>(plan: () => T): T {
  try {
    return plan()
  } catch (e) {
    if (e instanceof RefundRefused) throw new MedusaError(MedusaError.Types.INVALID_DATA, e.message)
    throw e
  }
}

/**
 * Reads the order and plans the refund of one line (units or an amount; neither: all that is
 * left) before anything is written: 404 for an unknown order or a line not in it, 400 for an
 * over-refund or a cancelled order. The refund that leaves nothing of an order not shipped also
 * gives its delivery back (docs/decisions/040).
 */
export const prepareCreatorRefundStep = createStep(
  "prepare-creator-refund",
  async (input: { order_id: string; line_item_id: string; quantity?: number; amount?: number }, { container }) => {
    const ctx = await loadRefundContext(container, input.order_id)
    const line = ctx.lines.find((l) => l.id === input.line_item_id)
    if (!line) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Line ${input.line_item_id} is not in order ${input.order_id}.`)
    if (ctx.order.status === "canceled")
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This order was cancelled and already refunded.")
    const plan = refused((): RefundPlan => {
      const refund = planLineRefund(line, { quantity: input.quantity, amount: input.amount })
      const delivery = refundsWholeOrder(ctx.lines, refund, ctx.order.shipped)
        ? planDeliveryRefund(ctx.shipping)
        : { amount: 0, earning_reversal: 0 }
      return {
        order_id: ctx.order.id,
        order_group_id: ctx.group?.id ?? null,
        creator_id: ctx.order.creator_id,
        currency_code: ctx.order.currency_code,
        lines: [refund],
        shipping_amount: delivery.amount,
        shipping_earning_reversal: delivery.earning_reversal,
        money: planMoney(ctx.payment, ctx.group, round(refund.amount + delivery.amount)),
      }
    })
    return new StepResponse(plan)
  },
)
