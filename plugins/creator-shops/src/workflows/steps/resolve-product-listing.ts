import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** The listing (kind, moderation) of a product that belongs to the marketplace. */
export const resolveProductListingStep = createStep("resolve-product-listing", async (input: { product_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id", "status", "listing.*"], filters: { id: input.product_id } })
  const listing = data[0]?.listing
  if (!listing) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${input.product_id} has no marketplace listing.`)
  return new StepResponse(listing as { id: string; kind: "physical" | "digital" | "service"; moderation_status: string })
})
