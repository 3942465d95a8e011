import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** Files can only be attached to digital listings, and to one of the product's own variants. */
export const validateDigitalListingStep = createStep(
  "validate-digital-listing",
  async (input: { product_id: string; variant_id?: string | null }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "product", fields: ["id", "variants.id", "listing.id", "listing.kind"], filters: { id: input.product_id } })
    const product = data[0]
    if (product?.listing?.kind !== "digital") {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Only digital listings have downloadable files; this one is ${product?.listing?.kind ?? "not a listing"}.`)
    }
    if (input.variant_id && !product.variants.some((v: { id: string }) => v.id === input.variant_id)) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Variant ${input.variant_id} was not found on product ${input.product_id}.`)
    }
    return new StepResponse(product.listing as { id: string })
  },
)
