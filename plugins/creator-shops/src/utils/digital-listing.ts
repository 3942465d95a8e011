import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** Files can only be attached to digital listings, and to one of the product's own variants. */
export async function assertDigitalListing(container: MedusaContainer, productId: string, variantId?: string | null) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "variants.id", "listing.id", "listing.kind"],
    filters: { id: productId },
  })
  const product = data[0]
  if (product?.listing?.kind !== "digital") {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Only digital listings have downloadable files; this one is ${product?.listing?.kind ?? "not a listing"}.`,
    )
  }
  if (variantId && !product.variants.some((v: { id: string }) => v.id === variantId)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Variant ${variantId} was not found on product ${productId}.`)
  }
  return product.listing as { id: string }
}
