import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LISTING_MODULE } from "../../modules/listing"
import type ListingModuleService from "../../modules/listing/service"

type Input = {
  listing_id: string
  variant_id?: string | null
  files: { file_key: string; filename: string; mime_type: string; size: number }[]
}

export const createDigitalAssetsStep = createStep(
  "create-digital-assets",
  async (input: Input, { container }) => {
    const listings: ListingModuleService = container.resolve(LISTING_MODULE)
    const assets = await listings.createDigitalAssets(
      input.files.map((file) => ({ ...file, listing_id: input.listing_id, variant_id: input.variant_id ?? null })),
    )
    return new StepResponse(
      assets,
      assets.map((asset) => asset.id),
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const listings: ListingModuleService = container.resolve(LISTING_MODULE)
    await listings.deleteDigitalAssets(ids)
  },
)
