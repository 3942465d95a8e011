import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"

/** A published listing keeps at least one variant (buyers need something to buy). */
export const validateVariantRemovableStep = createStep(
  "validate-variant-removable",
  async (input: { product_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product",
      fields: ["listing.published", "variants.id"],
      filters: { id: input.product_id },
    })
    if (data[0]?.listing?.published && (data[0].variants ?? []).filter(Boolean).length === 1) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "This is the listing's last variant: add its replacement first, or unpublish the listing.",
      )
    }
  },
)
