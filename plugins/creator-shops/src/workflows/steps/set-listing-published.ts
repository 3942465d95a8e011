import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LISTING_MODULE } from "../../modules/listing"
import type ListingModuleService from "../../modules/listing/service"

/** Records whether the creator wants the listing on sale. */
export const setListingPublishedStep = createStep(
  "set-listing-published",
  async (input: { product_id: string; published: boolean }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product",
      fields: ["listing.id", "listing.published"],
      filters: { id: input.product_id },
    })
    const listing = data[0].listing
    const listings: ListingModuleService = container.resolve(LISTING_MODULE)
    await listings.updateListings({ id: listing.id, published: input.published })
    return new StepResponse(undefined, { id: listing.id, published: listing.published })
  },
  async (previous, { container }) => {
    if (!previous) return
    const listings: ListingModuleService = container.resolve(LISTING_MODULE)
    await listings.updateListings(previous)
  },
)
