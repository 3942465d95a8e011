import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { createCreatorProductWorkflow } from "@creative-market/creator-shops/workflows"
import { creatorShippingProfileId } from "../../utils/creator-delivery"

// a shop with delivery options of its own ships its new physical goods under its own profile (041)
createCreatorProductWorkflow.hooks.setShippingProfile(async ({ creator_id, kind }: { creator_id: string; kind: string }, { container }) => {
  if (kind !== "physical") return new StepResponse(undefined)
  const shippingProfileId = await creatorShippingProfileId(container, creator_id)
  return new StepResponse(shippingProfileId ? { shipping_profile_id: shippingProfileId } : undefined)
})
