import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { proposeCreatorPayoutsStep } from "./steps/propose-creator-payouts"
import { recordPayoutPaidStep } from "./steps/record-payout-paid"
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
 * An operator records the bank transfer of an approved payout (`manual` provider) with its
 * reference: the payout is paid, the ledger gets its `paid` entry, `creator_payout.paid` tells the shop.
 */
export const payCreatorPayoutWorkflow = createWorkflow(
  "pay-creator-payout",
  (input: { id: string; reference: string; note?: string | null; paid_by?: string | null }) => {
    // two operators recording the same transfer at once: the second waits, then finds it paid
    acquireLockStep({ key: input.id, timeout: 10, ttl: 60 })
    const checked = validatePayoutStep(transform({ input }, ({ input }) => ({ id: input.id, action: "pay" as const })))
    const payout = updatePayoutStep(
      transform({ input }, ({ input }) => ({
        id: input.id,
        status: "paid" as const,
        reference: input.reference,
        note: input.note ?? null,
        paid_at: new Date(),
        paid_by: input.paid_by ?? null,
      })),
    )
    recordPayoutPaidStep(transform({ checked, input }, ({ checked, input }) => ({ ...checked, reference: input.reference })))
    emitEventStep({
      eventName: PayoutEvents.PAID,
      data: transform({ checked, input }, ({ checked, input }) => ({
        id: checked.id,
        creator_id: checked.creator_id,
        amount: checked.amount,
        currency_code: checked.currency_code,
        reference: input.reference,
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
