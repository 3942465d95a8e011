import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LISTING_MODULE } from "../../modules/listing"
import type ListingModuleService from "../../modules/listing/service"

export type UpdateListingInput = {
  id: string
  service_delivery?: string
  service_lead_time_days?: number
  service_date_required?: boolean
  download_limit?: number
  download_ttl_hours?: number
}

export const updateListingStep = createStep(
  "update-listing",
  async (input: UpdateListingInput, { container }) => {
    const listings: ListingModuleService = container.resolve(LISTING_MODULE)
    const before = await listings.retrieveListing(input.id)
    const previous = Object.fromEntries(
      Object.keys(input).map((key) => [key, (before as Record<string, unknown>)[key]]),
    ) as UpdateListingInput
    if (Object.keys(input).length > 1) await listings.updateListings(input as any)
    return new StepResponse(undefined, previous)
  },
  async (previous, { container }) => {
    if (!previous || Object.keys(previous).length < 2) return
    const listings: ListingModuleService = container.resolve(LISTING_MODULE)
    await listings.updateListings(previous as any)
  },
)
