import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { findPaymentGroupStep } from "./steps/find-payment-group"
import { planPurchaseCaptureStep } from "./steps/plan-purchase-capture"
import { updateGroupPaymentStatusStep } from "./steps/update-group-payment-status"
import { updateShareCapturesStep } from "./steps/update-share-captures"

/**
 * Records a capture of a purchase's one payment (`payment.captured`, however it was captured): the
 * order group's payment status and each creator's order's payment share follow what the payment
 * holds in total, so the event delivered twice changes nothing twice (docs/decisions/034). Locked
 * with the same keys as a refund or a cancellation of the group's orders, which write the same
 * rows. A payment of no group is left alone.
 */
export const recordPurchaseCaptureWorkflow = createWorkflow("record-purchase-capture", (input: { payment_id: string }) => {
  const found = findPaymentGroupStep(input)
  const plan = when({ found }, ({ found }) => !!found).then(() => {
    const keys = transform({ found }, ({ found }) => found!.order_ids.map((id) => `creator-refund:${id}`))
    acquireLockStep({ key: keys, timeout: 10, ttl: 60 })
    const planned = planPurchaseCaptureStep(
      transform({ input, found }, ({ input, found }) => ({ payment_id: input.payment_id, group_id: found!.group_id })),
    )
    updateGroupPaymentStatusStep(
      transform({ planned }, ({ planned }) => ({ group_id: planned.group_id, payment_status: planned.payment_status })),
    )
    updateShareCapturesStep(transform({ planned }, ({ planned }) => ({ shares: planned.shares })))
    releaseLockStep({ key: keys })
    return planned
  })
  // null: the payment is not a purchase's
  return new WorkflowResponse(transform({ plan }, ({ plan }) => plan ?? null))
})
