import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** The variant belongs to a service listing of this shop (404 otherwise, as for any other shop's id). */
export const validateVariantOwnedStep = createStep(
  "validate-variant-owned",
  async (input: { variant_id: string; creator_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product_variant",
      fields: ["id", "product.id", "product.creator.id", "product.listing.kind"],
      filters: { id: input.variant_id },
    })
    const variant = data[0] as { product?: { id: string; creator?: { id: string }; listing?: { kind: string } } } | undefined
    if (variant?.product?.creator?.id !== input.creator_id) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `variant_id: ${input.variant_id} was not found in your shop.`)
    }
    if (variant.product.listing?.kind !== "service") {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "variant_id: only a service listing's variant can be booked by time.")
    }
    return new StepResponse({ product_id: variant.product.id })
  },
)
