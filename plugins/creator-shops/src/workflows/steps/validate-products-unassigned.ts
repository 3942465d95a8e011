import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"

/** Each product belongs to exactly one shop: refuse products that already have one (or don't exist). */
export const validateProductsUnassignedStep = createStep(
  "validate-products-unassigned",
  async (input: { product_ids: string[] }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product",
      fields: ["id", "creator.id", "listing.id"],
      filters: { id: input.product_ids },
    })
    const missing = input.product_ids.filter((id) => !data.some((product: any) => product.id === id))
    if (missing.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Products not found: ${missing.join(", ")}.`)
    const taken = data.filter((product: any) => product.creator || product.listing).map((product: any) => product.id)
    if (taken.length) throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `Products already belong to a shop: ${taken.join(", ")}.`)
  },
)
