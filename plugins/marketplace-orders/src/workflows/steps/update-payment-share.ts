import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { round } from "../../utils/commission"
import type { MoneyPlan } from "../../utils/refund-plan"

type Share = {
  id: string
  amount: number
  authorized_amount: number
  captured_amount: number
  refunded_amount: number
  status: string
}

/**
 * Only a captured payment is refunded. A share that a capture already marked (docs/decisions/034)
 * keeps that amount (at least what is now refunded of it); one that never saw its capture is taken
 * as captured with the payment, in full.
 */
function refundedShare(before: Share, amount: number) {
  const refunded = round(before.refunded_amount + amount)
  const captured = before.captured_amount > 0 ? Math.max(before.captured_amount, refunded) : before.amount
  return { captured_amount: captured, refunded_amount: refunded, status: captured >= before.amount ? "completed" : "partially_captured" }
}

/**
 * Keeps a creator's order's payment share (create-payment-shares) truthful after a refund or a
 * cancellation: money refunded from the captured payment adds to its refunded amount; an
 * authorisation released lowers what is still to be paid, and a cancelled order's share is
 * cancelled. Orders placed before shares existed have none and are left alone.
 */
export const updatePaymentShareStep = createStep(
  "update-payment-share",
  async (input: { order_id: string; money: MoneyPlan; order_canceled: boolean }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: [
        "payment_collections.id",
        "payment_collections.metadata",
        "payment_collections.amount",
        "payment_collections.authorized_amount",
        "payment_collections.captured_amount",
        "payment_collections.refunded_amount",
        "payment_collections.status",
      ],
      filters: { id: input.order_id },
    })
    const found = (data[0]?.payment_collections ?? []).find((c: any) => c?.metadata?.payment_share_of)
    if (!found) return new StepResponse(void 0, null)
    const before: Share = {
      id: found.id,
      amount: Number(found.amount),
      authorized_amount: Number(found.authorized_amount ?? 0),
      captured_amount: Number(found.captured_amount ?? 0),
      refunded_amount: Number(found.refunded_amount ?? 0),
      status: found.status,
    }
    const { money } = input
    const left = round(before.amount - money.amount)
    // a cancelled share keeps its amount: Medusa reads a collection of 0 as paid in full
    const after: Share =
      money.method === "refunded"
        ? { ...before, ...refundedShare(before, money.amount) }
        : input.order_canceled || left <= 0
          ? { ...before, status: "canceled" }
          : { ...before, amount: left, authorized_amount: round(Math.max(before.authorized_amount - money.amount, 0)) }
    await container.resolve(Modules.PAYMENT).updatePaymentCollections(before.id, after as any)
    return new StepResponse(void 0, before)
  },
  async (before: Share | null | undefined, { container }) => {
    if (!before) return
    await container.resolve(Modules.PAYMENT).updatePaymentCollections(before.id, before as any)
  },
)
