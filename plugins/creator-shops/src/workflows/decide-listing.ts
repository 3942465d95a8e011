import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ListingEvents } from "../modules/listing/types"
import { recordModerationDecisionStep } from "./steps/record-moderation-decision"
import { syncListingVisibility } from "./steps/sync-listing-visibility"
import { validateListingDecisionStep } from "./steps/validate-listing-decision"
import type { DecideListingInput } from "./types"

/** An operator approves or rejects a listing waiting in the moderation queue. */
export const decideListingWorkflow = createWorkflow("decide-listing", (input: DecideListingInput) => {
  validateListingDecisionStep(input)
  recordModerationDecisionStep(
    transform({ input }, ({ input }) => ({
      listing_id: input.id,
      status: input.decision === "approve" ? ("approved" as const) : ("rejected" as const),
      reason: input.reason ?? null,
      actor_type: "user",
      actor_id: input.actor_id ?? null,
    })),
  )
  syncListingVisibility(transform({ input }, ({ input }) => ({ listing_ids: [input.id] })))
  emitEventStep({
    eventName: transform({ input }, ({ input }) => (input.decision === "approve" ? ListingEvents.APPROVED : ListingEvents.REJECTED)),
    data: transform({ input }, ({ input }) => ({ id: input.id, reason: input.reason ?? null })),
  })
  return new WorkflowResponse({ id: input.id })
})
