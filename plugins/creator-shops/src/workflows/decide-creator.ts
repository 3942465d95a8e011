import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CreatorEvents, type CreatorDecision, type CreatorStatusEventData } from "../modules/creator/types"
import { announceShopBackOnFailureStep } from "./steps/announce-shop-back-on-failure"
import { announceShopWithdrawnStep } from "./steps/announce-shop-withdrawn"
import { recordStatusChangeStep } from "./steps/record-creator-status-change"
import { syncListingVisibility } from "./steps/sync-listing-visibility"
import { updateCreatorStatusStep } from "./steps/update-creator-status"
import { validateCreatorDecisionStep } from "./steps/validate-creator-decision"

export type DecideCreatorInput = {
  id: string
  decision: CreatorDecision
  reason?: string | null
  actor_type: string
  actor_id?: string | null
}

/**
 * An operator approves, rejects or suspends a shop: the status changes with its reason in the
 * history, the shop's products enter or leave the store, and an event tells the subscribers
 * (the notification to the shop among them). A shop leaving `approved` is announced once its
 * status is written, before its products are updated, so search drops it at once
 * (`announce-shop-withdrawn`).
 */
export const decideCreatorWorkflow = createWorkflow("decide-creator", (input: DecideCreatorInput) => {
  const { creator: before, transition } = validateCreatorDecisionStep(input)
  const eventData = transform({ input, before, transition }, ({ input, before, transition }): CreatorStatusEventData => ({
    id: input.id,
    from: before.status,
    to: transition.to,
    reason: input.reason ?? null,
  }))
  const withdrawn = transform({ eventData }, ({ eventData }) =>
    eventData.from === "approved" && eventData.to !== "approved" ? eventData : null,
  )
  // before the writes, so a failure's compensations have put the shop back when it is announced back
  announceShopBackOnFailureStep(withdrawn)
  const creator = updateCreatorStatusStep(
    transform({ input, transition }, ({ input, transition }) => ({ id: input.id, status: transition.to, reason: input.reason })),
  )
  // after the status write: what search reads once told sees the shop withdrawn
  announceShopWithdrawnStep(withdrawn)
  recordStatusChangeStep(
    transform({ input, before, transition }, ({ input, before, transition }) => ({
      creator_id: input.id,
      from_status: before.status,
      to_status: transition.to,
      reason: input.reason ?? null,
      actor_type: input.actor_type,
      actor_id: input.actor_id ?? null,
    })),
  )
  syncListingVisibility(transform({ input }, ({ input }) => ({ creator_ids: [input.id] })))
  emitEventStep({ eventName: transform({ transition }, ({ transition }) => transition.event), data: eventData })
  // a withdrawn shop's status change was announced above; the others go out with the workflow's events
  emitEventStep({
    eventName: CreatorEvents.STATUS_CHANGED,
    data: transform({ eventData, withdrawn }, ({ eventData, withdrawn }) => (withdrawn ? [] : eventData)),
  }).config({ name: "emit-status-changed" })
  return new WorkflowResponse(creator)
})
