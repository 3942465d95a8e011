import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CREATOR_MODULE } from "../../modules/creator"
import type CreatorModuleService from "../../modules/creator/service"
import { LISTING_MODULE } from "../../modules/listing"
import type ListingModuleService from "../../modules/listing/service"
import { ListingEvents } from "../../modules/listing/types"

type Input = { product_id: string; actor_id: string; reason: string }
type Undo = { listing_id: string; status: string; reason: string | null; decision_id: string; eventGroupId?: string }

/**
 * With moderation on, any change a creator makes to a listing (text, images, variants, prices,
 * files) sends it back to the operators' queue; follow with sync-listing-visibility.
 */
export const resubmitListingStep = createStep(
  "resubmit-listing",
  async (input: Input, { container, eventGroupId }) => {
    const settings = await (container.resolve(CREATOR_MODULE) as CreatorModuleService).getSettings()
    if (!settings.require_listing_moderation) return new StepResponse(undefined, null)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product",
      fields: ["listing.id", "listing.moderation_status", "listing.moderation_reason"],
      filters: { id: input.product_id },
    })
    const listing = data[0]?.listing
    if (!listing || listing.moderation_status === "pending") return new StepResponse(undefined, null)
    const listings: ListingModuleService = container.resolve(LISTING_MODULE)
    await listings.updateListings({ id: listing.id, moderation_status: "pending", moderation_reason: input.reason })
    const decision = await listings.createModerationDecisions({
      listing_id: listing.id,
      status: "pending",
      reason: input.reason,
      actor_type: "creator",
      actor_id: input.actor_id,
    })
    await container.resolve(Modules.EVENT_BUS).emit([
      {
        name: ListingEvents.SUBMITTED,
        data: { id: listing.id, product_id: input.product_id },
        metadata: eventGroupId ? { eventGroupId } : {},
      },
    ])
    const undo: Undo = {
      listing_id: listing.id,
      status: listing.moderation_status,
      reason: listing.moderation_reason,
      decision_id: decision.id,
      eventGroupId,
    }
    return new StepResponse(undefined, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const listings: ListingModuleService = container.resolve(LISTING_MODULE)
    await listings.deleteModerationDecisions(undo.decision_id)
    await listings.updateListings({ id: undo.listing_id, moderation_status: undo.status as any, moderation_reason: undo.reason })
    if (undo.eventGroupId)
      await container.resolve(Modules.EVENT_BUS).clearGroupedEvents(undo.eventGroupId, { eventNames: [ListingEvents.SUBMITTED] })
  },
)
