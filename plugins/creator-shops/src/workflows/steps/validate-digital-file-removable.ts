import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** The file must be this product's; a published listing keeps at least one file to deliver. */
export const validateDigitalFileRemovableStep = createStep(
  "validate-digital-file-removable",
  async (input: { product_id: string; asset_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product",
      fields: ["listing.published", "listing.assets.id", "listing.assets.file_key"],
      filters: { id: input.product_id },
    })
    const listing = data[0]?.listing
    const asset = listing?.assets?.find((a: { id: string } | null) => a?.id === input.asset_id)
    if (!asset) throw new MedusaError(MedusaError.Types.NOT_FOUND, `File ${input.asset_id} was not found on product ${input.product_id}.`)
    if (listing.published && listing.assets.filter(Boolean).length === 1) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "This is the listing's last file: upload its replacement first, or unpublish the listing.",
      )
    }
    return new StepResponse({ id: asset.id as string, file_key: asset.file_key as string })
  },
)
