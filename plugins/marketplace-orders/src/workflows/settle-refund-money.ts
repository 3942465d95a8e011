import { transform, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import type { MoneyPlan } from "../utils/refund-plan"
import { moveRefundMoneyStep } from "./steps/move-refund-money"
import { updateGroupPaymentStatusStep } from "./steps/update-group-payment-status"
import { updatePaymentShareStep } from "./steps/update-payment-share"

type Settlement = {
  /** the workflow's own input, as its composition function receives it */
  input: { order_id: string; note?: string | null; created_by?: string | null }
  plan: WorkflowData<{ order_group_id: string | null; money: MoneyPlan }>
  refunds: WorkflowData<{ id: string }[]>
  orderCanceled: boolean
}

/**
 * The money side that a line refund and an order cancellation share, in their order: the
 * purchase's payment status, the order's payment share, then the money itself (last, so that
 * nothing before it can fail after money has moved). Called while a workflow is composed.
 */
export function settleRefundMoney({ input, plan, refunds, orderCanceled }: Settlement) {
  updateGroupPaymentStatusStep(
    transform({ plan }, ({ plan }) => ({ group_id: plan.order_group_id, payment_status: plan.money.payment_status })),
  )
  updatePaymentShareStep(
    transform({ input, plan }, ({ input, plan }) => ({ order_id: input.order_id, money: plan.money, order_canceled: orderCanceled })),
  )
  moveRefundMoneyStep(
    transform({ input, plan, refunds }, ({ input, plan, refunds }) => ({
      money: plan.money,
      refund_ids: refunds.map((r) => r.id),
      note: input.note,
      created_by: input.created_by,
    })),
  )
}
