import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CREATOR_MODULE } from "../../modules/creator"
import type CreatorModuleService from "../../modules/creator/service"
import type { ListingKind, ModerationStatus } from "../../modules/listing/types"

export type ListingContext = {
  moderation_status: ModerationStatus
  sales_channel_id: string | null
  shipping_profile_id: string | null
  location_id: string | null
}

/**
 * What a new or edited listing needs from the marketplace: whether it waits for moderation,
 * the marketplace's sales channel and, for physical goods, the default shipping profile and
 * the stock location of that channel.
 */
export const resolveListingContextStep = createStep("resolve-listing-context", async (input: { kind: ListingKind }, { container }) => {
  const creators: CreatorModuleService = container.resolve(CREATOR_MODULE)
  const settings = await creators.getSettings()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [store],
  } = await query.graph({ entity: "store", fields: ["default_sales_channel_id"] })
  const context: ListingContext = {
    moderation_status: settings.require_listing_moderation ? "pending" : "approved",
    sales_channel_id: store?.default_sales_channel_id ?? null,
    shipping_profile_id: null,
    location_id: null,
  }
  if (input.kind !== "physical") return new StepResponse(context)

  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const [profile] = await fulfillment.listShippingProfiles({ type: "default" }, { take: 1 })
  const { data: channels } = await query.graph({
    entity: "sales_channel",
    fields: ["stock_locations.id"],
    filters: { id: store?.default_sales_channel_id ?? "none" },
  })
  const location = channels[0]?.stock_locations?.[0]
  if (!profile || !location) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "The marketplace is not set up for physical goods yet (no shipping profile or stock location): ask an operator.",
    )
  }
  return new StepResponse({ ...context, shipping_profile_id: profile.id, location_id: location.id })
})
