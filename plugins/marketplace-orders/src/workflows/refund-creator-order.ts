import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { prepareCreatorRefundStep } from "./steps/prepare-creator-refund"
import { recordCreatorRefundsStep } from "./steps/record-creator-refunds"
import { releaseRefundedStockStep } from "./steps/release-refunded-stock"
import { settleRefundMoney } from "./settle-refund-money"

export const CreatorOrderEvents = { REFUNDED: "creator_order.refunded", CANCELED: "creator_order.canceled" } as const

export type RefundCreatorOrderInput = {
  order_id: string
  line_item_id: string
  /** units to refund (their unshipped stock goes back on sale); or `amount`; neither: all that is left of the line */
  quantity?: number
  amount?: number
  note?: string | null
  created_by?: string | null
  /** one refund per key, ever (e.g. `booking:<id>`) */
  idempotency_key?: string | null
}

/**
 * Refunds (part of) one line of a creator's order from the group's one payment: plan and refuse
 * first, then new refund, commission-reversal and ledger rows, stock back, and the money last
 * (docs/decisions/022). `creator_order.refunded` tells the buyer, and says whether the line was
 * refunded in full (what it bought is then taken back, docs/decisions/055).
 */
export const refundCreatorOrderWorkflow = createWorkflow("refund-creator-order", (input: RefundCreatorOrderInput) => {
  const lock = transform({ input }, ({ input }) => `creator-refund:${input.order_id}`)
  acquireLockStep({ key: lock, timeout: 10, ttl: 60 })
  const plan = prepareCreatorRefundStep(input)
  const refunds = recordCreatorRefundsStep(
    transform({ input, plan }, ({ input, plan }) => ({
      plan,
      note: input.note,
      created_by: input.created_by,
      idempotency_key: input.idempotency_key,
    })),
  )
  releaseRefundedStockStep(
    transform({ plan }, ({ plan }) => ({
      lines: plan.lines.map((l) => ({ line_item_id: l.line_item_id, units: l.restock_quantity, open_units: l.open_quantity })),
    })),
  )
  settleRefundMoney({ input, plan, refunds, orderCanceled: false })
  const refund = transform({ plan, refunds }, ({ plan, refunds }) => ({
    id: refunds[0].id,
    order_id: plan.order_id,
    line_item_id: plan.lines[0].line_item_id,
    quantity: plan.lines[0].quantity,
    /** nothing of the line is left to refund: downloads and bookings it bought are taken back */
    line_refunded_in_full: plan.lines[0].settles_line,
    amount: plan.money.amount,
    /** the delivery given back with the refund that leaves nothing of an order not shipped (part of `amount`) */
    delivery_amount: plan.shipping_amount,
    currency_code: plan.currency_code,
    method: plan.money.method,
    commission_reversed: plan.lines[0].commission_reversal,
    earning_reversed: plan.lines[0].earning_reversal,
    delivery_earning_reversed: plan.shipping_earning_reversal,
  }))
  emitEventStep({
    eventName: CreatorOrderEvents.REFUNDED,
    data: transform({ refund }, ({ refund }) => ({
      order_id: refund.order_id,
      amount: refund.amount,
      currency_code: refund.currency_code,
      refund_id: refund.id,
      line_item_id: refund.line_item_id,
      line_refunded_in_full: refund.line_refunded_in_full,
    })),
  })
  releaseLockStep({ key: lock })
  return new WorkflowResponse(refund)
})
