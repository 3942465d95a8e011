import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { creatorOptionIds, creatorPhysicalProductIds, creatorShippingProfileId } from "../../utils/creator-delivery"

/**
 * Before a shop's option goes: is it the last one (then the shop's goods go back to the
 * marketplace's delivery and its profile is removed), which profile, which physical products.
 */
export const prepareCreatorOptionDeleteStep = createStep(
  "prepare-creator-option-delete",
  async (input: { creator_id: string; id: string }, { container }) => {
    const own = await creatorOptionIds(container, input.creator_id)
    const last = own.length === 1 && own[0] === input.id
    return new StepResponse({
      last,
      shipping_profile_id: last ? await creatorShippingProfileId(container, input.creator_id) : null,
      product_ids: last ? await creatorPhysicalProductIds(container, input.creator_id) : [],
    })
  },
)
