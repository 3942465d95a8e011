import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"

/** 404 unless the variant belongs to the (already owned) product. */
export const validateVariantOfProductStep = createStep(
  "validate-variant-of-product",
  async (input: { product_id: string; variant_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product_variant",
      fields: ["id"],
      filters: { id: input.variant_id, product_id: input.product_id },
    })
    if (!data[0]) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Variant ${input.variant_id} was not found on product ${input.product_id}.`)
    }
  },
)
