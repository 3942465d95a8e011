import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CreatorEvents, type CreatorDecision, type CreatorStatusEventData } from "../modules/creator/types"
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
 * (the notification to the shop among them).
 */
export const decideCreatorWorkflow = createWorkflow("decide-creator", (input: DecideCreatorInput) => {
  const { creator: before, transition } = validateCreatorDecisionStep(input)
  const creator = updateCreatorStatusStep(
    transform({ input, transition }, ({ input, transition }) => ({ id: input.id, status: transition.to, reason: input.reason })),
  )
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
  const eventData = transform({ input, before, transition }, ({ input, before, transition }): CreatorStatusEventData => ({
    id: input.id,
    from: before.status,
    to: transition.to,
    reason: input.reason ?? null,
  }))
  emitEventStep({ eventName: transform({ transition }, ({ transition }) => transition.event), data: eventData })
  emitEventStep({ eventName: CreatorEvents.STATUS_CHANGED, data: eventData }).config({ name: "emit-status-changed" })
  return new WorkflowResponse(creator)
})
