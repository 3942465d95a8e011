import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertDigitalListing } from "../../utils/digital-listing"

/** Files can only be attached to digital listings, and to one of the product's own variants. */
export const validateDigitalListingStep = createStep(
  "validate-digital-listing",
  async (input: { product_id: string; variant_id?: string | null }, { container }) => {
    return new StepResponse(await assertDigitalListing(container, input.product_id, input.variant_id))
  },
)
