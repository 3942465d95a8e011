import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { LISTING_MODULE } from "../../modules/listing"
import type ListingModuleService from "../../modules/listing/service"
import type { DecideListingInput } from "../types"

/** A decision may be reversed (a takedown rejects an approved listing), never repeated; a rejection names its reason. */
export const validateListingDecisionStep = createStep("validate-listing-decision", async (input: DecideListingInput, { container }) => {
  const listings: ListingModuleService = container.resolve(LISTING_MODULE)
  const [listing] = await listings.listListings({ id: input.id })
  if (!listing) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Listing ${input.id} was not found.`)
  const status = input.decision === "approve" ? "approved" : "rejected"
  if (listing.moderation_status === status) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `This listing is already ${status}.`)
  if (input.decision === "reject" && !input.reason?.trim()) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "A reason is required to reject a listing: the creator needs to know what to fix.",
    )
  }
})
