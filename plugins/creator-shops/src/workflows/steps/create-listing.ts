import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LISTING_MODULE } from "../../modules/listing"
import type ListingModuleService from "../../modules/listing/service"
import type { ListingKind, ModerationStatus, ServiceDelivery } from "../../modules/listing/types"

export type CreateListingInput = {
  kind: ListingKind
  moderation_status: ModerationStatus
  service?: { delivery: ServiceDelivery; lead_time_days: number; date_required?: boolean }
  digital?: { download_limit?: number; download_ttl_hours?: number }
}

export const createListingStep = createStep(
  "create-listing",
  async (input: CreateListingInput, { container }) => {
    const listings: ListingModuleService = container.resolve(LISTING_MODULE)
    const listing = await listings.createListings({
      kind: input.kind,
      moderation_status: input.moderation_status,
      service_delivery: input.service?.delivery ?? null,
      service_lead_time_days: input.service?.lead_time_days ?? null,
      service_date_required: input.service?.date_required ?? false,
      ...(input.digital?.download_limit ? { download_limit: input.digital.download_limit } : {}),
      ...(input.digital?.download_ttl_hours ? { download_ttl_hours: input.digital.download_ttl_hours } : {}),
    })
    return new StepResponse(listing, listing.id)
  },
  async (id, { container }) => {
    if (!id) return
    const listings: ListingModuleService = container.resolve(LISTING_MODULE)
    await listings.deleteListings(id)
  },
)
