import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LISTING_MODULE } from "../../modules/listing"
import type ListingModuleService from "../../modules/listing/service"
import type { CreateListingInput } from "./create-listing"

/** Many listings at once (a shop's existing catalogue); see create-listing for one. */
export const createListingsStep = createStep(
  "create-listings",
  async (input: (CreateListingInput & { published?: boolean })[], { container }) => {
    const listings: ListingModuleService = container.resolve(LISTING_MODULE)
    const created = await listings.createListings(
      input.map((listing) => ({
        kind: listing.kind,
        moderation_status: listing.moderation_status,
        published: listing.published ?? false,
        service_delivery: listing.service?.delivery ?? null,
        service_lead_time_days: listing.service?.lead_time_days ?? null,
        service_date_required: listing.service?.date_required ?? false,
      })),
    )
    return new StepResponse(
      created,
      created.map((listing) => listing.id),
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const listings: ListingModuleService = container.resolve(LISTING_MODULE)
    await listings.deleteListings(ids)
  },
)
