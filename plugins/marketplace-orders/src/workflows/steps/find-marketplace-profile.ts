import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** The marketplace's own profile (the oldest default one), where a shop's goods go back to. */
export const findMarketplaceProfileStep = createStep("find-marketplace-profile", async (_: void, { container }) => {
  const [profile] = await container
    .resolve(Modules.FULFILLMENT)
    .listShippingProfiles({ type: "default" }, { order: { created_at: "ASC" }, take: 1 })
  if (!profile) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The marketplace has no shipping profile: ask an operator.")
  return new StepResponse(profile.id)
})
