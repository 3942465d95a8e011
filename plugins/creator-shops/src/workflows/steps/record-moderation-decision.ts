import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LISTING_MODULE } from "../../modules/listing"
import type ListingModuleService from "../../modules/listing/service"
import type { ModerationStatus } from "../../modules/listing/types"

type Input = { listing_id: string; status: ModerationStatus; reason?: string | null; actor_type: string; actor_id?: string | null }

/** Appends to a listing's moderation history and sets its current moderation status. */
export const recordModerationDecisionStep = createStep(
  "record-moderation-decision",
  async (input: Input, { container }) => {
    const listings: ListingModuleService = container.resolve(LISTING_MODULE)
    const before = await listings.retrieveListing(input.listing_id)
    await listings.updateListings({ id: input.listing_id, moderation_status: input.status, moderation_reason: input.reason ?? null })
    const decision = await listings.createModerationDecisions({
      listing_id: input.listing_id,
      status: input.status,
      reason: input.reason ?? null,
      actor_type: input.actor_type,
      actor_id: input.actor_id ?? null,
    })
    return new StepResponse(decision, {
      decision_id: decision.id,
      listing_id: before.id,
      status: before.moderation_status,
      reason: before.moderation_reason,
    })
  },
  async (undo, { container }) => {
    if (!undo) return
    const listings: ListingModuleService = container.resolve(LISTING_MODULE)
    await listings.deleteModerationDecisions(undo.decision_id)
    await listings.updateListings({ id: undo.listing_id, moderation_status: undo.status, moderation_reason: undo.reason })
  },
)
