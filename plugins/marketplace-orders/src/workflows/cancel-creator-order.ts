import { acquireLockStep, cancelOrdersStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CreatorOrderEvents } from "./refund-creator-order"
import { prepareCreatorCancelStep } from "./steps/prepare-creator-cancel"
import { recordCreatorRefundsStep } from "./steps/record-creator-refunds"
import { releaseRefundedStockStep } from "./steps/release-refunded-stock"
import { settleRefundMoney } from "./settle-refund-money"

export type CancelCreatorOrderInput = { order_id: string; note?: string | null; created_by?: string | null }

/**
 * Cancels one creator's order of a purchase (the other creators' orders go on): everything still
 * paid for it comes back to the buyer, delivery included, its stock goes back on sale, commission
 * and the creator's earning are reversed, and Medusa's order is cancelled; the money moves last.
 * `creator_order.canceled` tells the buyer.
 */
export const cancelCreatorOrderWorkflow = createWorkflow("cancel-creator-order", (input: CancelCreatorOrderInput) => {
  const lock = transform({ input }, ({ input }) => `creator-refund:${input.order_id}`)
  acquireLockStep({ key: lock, timeout: 10, ttl: 60 })
  const plan = prepareCreatorCancelStep({ order_id: input.order_id })
  const refunds = recordCreatorRefundsStep(
    transform({ input, plan }, ({ input, plan }) => ({ plan, note: input.note, created_by: input.created_by })),
  )
  releaseRefundedStockStep(transform({ plan }, ({ plan }) => ({ lines: [], all_of: plan.release_all_of })))
  cancelOrdersStep({ orderIds: transform({ input }, ({ input }) => [input.order_id]) })
  settleRefundMoney({ input, plan, refunds, orderCanceled: true })
  emitEventStep({ eventName: CreatorOrderEvents.CANCELED, data: transform({ input }, ({ input }) => ({ order_id: input.order_id })) })
  releaseLockStep({ key: lock })
  return new WorkflowResponse(
    transform({ plan }, ({ plan }) => ({
      order_id: plan.order_id,
      status: "canceled",
      amount: plan.money.amount,
      currency_code: plan.currency_code,
      method: plan.money.method,
    })),
  )
})
