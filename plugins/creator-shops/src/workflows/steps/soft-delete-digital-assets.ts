import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LISTING_MODULE } from "../../modules/listing"
import type ListingModuleService from "../../modules/listing/service"

/** Removes file rows (and with them the grants' access); undone by restoring them. */
export const softDeleteDigitalAssetsStep = createStep(
  "soft-delete-digital-assets",
  async (ids: string[], { container }) => {
    const listings: ListingModuleService = container.resolve(LISTING_MODULE)
    await listings.softDeleteDigitalAssets(ids)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const listings: ListingModuleService = container.resolve(LISTING_MODULE)
    await listings.restoreDigitalAssets(ids)
  },
)
