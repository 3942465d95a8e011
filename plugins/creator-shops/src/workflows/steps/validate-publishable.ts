import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"

/** A listing goes on sale only with something to buy (a variant) and, if digital, something to deliver (a file). */
export const validatePublishableStep = createStep(
  "validate-publishable",
  async (input: { product_id: string; published: boolean }, { container }) => {
    if (!input.published) return
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product",
      fields: ["variants.id", "listing.kind", "listing.assets.id"],
      filters: { id: input.product_id },
    })
    if (!data[0]?.variants?.length) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Add a variant with its prices (POST …/variants) before publishing.")
    }
    const listing = data[0].listing
    if (listing?.kind === "digital" && !(listing.assets ?? []).filter(Boolean).length) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "Upload the files buyers will receive (POST …/files) before publishing a digital listing.",
      )
    }
  },
)
