import { emitEventStep } from "@medusajs/medusa/core-flows"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { LISTING_MODULE } from "../modules/listing"
import type ListingModuleService from "../modules/listing/service"
import { ListingEvents } from "../modules/listing/types"
import { recordModerationDecisionStep } from "./steps/record-moderation-decision"
import { syncListingVisibilityStep } from "./steps/sync-listing-visibility"

export type DecideListingInput = { id: string; decision: "approve" | "reject"; reason?: string | null; actor_id?: string | null }

const validateListingDecisionStep = createStep("validate-listing-decision", async (input: DecideListingInput, { container }) => {
  const listings: ListingModuleService = container.resolve(LISTING_MODULE)
  const [listing] = await listings.listListings({ id: input.id })
  if (!listing) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Listing ${input.id} was not found.`)
  // a decision may be reversed (a takedown rejects an approved listing), never repeated
  const status = input.decision === "approve" ? "approved" : "rejected"
  if (listing.moderation_status === status) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `This listing is already ${status}.`)
  if (input.decision === "reject" && !input.reason?.trim()) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "A reason is required to reject a listing: the creator needs to know what to fix.",
    )
  }
})

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
  syncListingVisibilityStep(transform({ input }, ({ input }) => ({ listing_ids: [input.id] })))
  emitEventStep({
    eventName: transform({ input }, ({ input }) => (input.decision === "approve" ? ListingEvents.APPROVED : ListingEvents.REJECTED)),
    data: transform({ input }, ({ input }) => ({ id: input.id, reason: input.reason ?? null })),
  })
  return new WorkflowResponse({ id: input.id })
})
