import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"

/** 404 unless the image belongs to the (already owned) product. */
export const validateImageOfProductStep = createStep(
  "validate-image-of-product",
  async (input: { product_id: string; image_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "product", fields: ["images.id"], filters: { id: input.product_id } })
    if (!(data[0]?.images ?? []).some((image: { id: string } | null) => image?.id === input.image_id)) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Image ${input.image_id} was not found on product ${input.product_id}.`)
    }
  },
)
