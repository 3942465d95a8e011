import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { proposeCreatorPayoutsStep } from "./steps/propose-creator-payouts"
import { recordPayoutPaidStep } from "./steps/record-payout-paid"
import { sendPayoutStep } from "./steps/send-payout"
import { updatePayoutStep } from "./steps/update-payout"
import { validatePayoutStep } from "./steps/validate-payout"

export const PayoutEvents = { PAID: "creator_payout.paid" } as const

/** Proposes a payout of every available balance (run daily by the `propose-payouts` job). */
export const proposeCreatorPayoutsWorkflow = createWorkflow("propose-creator-payouts", () => {
  return new WorkflowResponse(proposeCreatorPayoutsStep({}))
})

/** An operator approves a proposed payout (still within the available balance). */
export const approveCreatorPayoutWorkflow = createWorkflow(
  "approve-creator-payout",
  (input: { id: string; approved_by?: string | null }) => {
    validatePayoutStep(transform({ input }, ({ input }) => ({ id: input.id, action: "approve" as const })))
    const payout = updatePayoutStep(
      transform({ input }, ({ input }) => ({
        id: input.id,
        status: "approved" as const,
        approved_at: new Date(),
        approved_by: input.approved_by ?? null,
      })),
    )
    return new WorkflowResponse(payout)
  },
)

/**
 * An operator pays an approved payout through the creator's provider (docs/decisions/023):
 * `manual` records the bank transfer they made with its reference, `stripe-connect` sends a
 * Stripe transfer (idempotency key = payout id). Then the payout is paid, the ledger gets its
 * `paid` entry and `creator_payout.paid` tells the shop.
 */
export const payCreatorPayoutWorkflow = createWorkflow(
  "pay-creator-payout",
  (input: { id: string; reference?: string | null; note?: string | null; paid_by?: string | null }) => {
    // two operators paying the same payout at once: the second waits, then finds it paid
    acquireLockStep({ key: input.id, timeout: 30, ttl: 120 })
    const checked = validatePayoutStep(transform({ input }, ({ input }) => ({ id: input.id, action: "pay" as const })))
    const sent = sendPayoutStep(transform({ checked, input }, ({ checked, input }) => ({ payout: checked, reference: input.reference })))
    const payout = updatePayoutStep(
      transform({ input, sent }, ({ input, sent }) => ({
        id: input.id,
        status: "paid" as const,
        provider: sent.provider,
        reference: sent.reference,
        note: input.note ?? null,
        paid_at: new Date(),
        paid_by: input.paid_by ?? null,
      })),
    )
    recordPayoutPaidStep(transform({ checked, sent }, ({ checked, sent }) => ({ ...checked, reference: sent.reference })))
    emitEventStep({
      eventName: PayoutEvents.PAID,
      data: transform({ checked, sent }, ({ checked, sent }) => ({
        id: checked.id,
        creator_id: checked.creator_id,
        amount: checked.amount,
        currency_code: checked.currency_code,
        reference: sent.reference,
      })),
    })
    releaseLockStep({ key: input.id })
    return new WorkflowResponse(payout)
  },
)

/** An operator drops a payout not paid yet (e.g. one a refund made larger than the balance); the next proposal replaces it. */
export const cancelCreatorPayoutWorkflow = createWorkflow("cancel-creator-payout", (input: { id: string; note?: string | null }) => {
  validatePayoutStep(transform({ input }, ({ input }) => ({ id: input.id, action: "cancel" as const })))
  const payout = updatePayoutStep(
    transform({ input }, ({ input }) => ({ id: input.id, status: "canceled" as const, note: input.note ?? null })),
  )
  return new WorkflowResponse(payout)
})
