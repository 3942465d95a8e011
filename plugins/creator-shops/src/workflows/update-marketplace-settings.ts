import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type MarketplaceSettingsUpdate, updateMarketplaceSettingsStep } from "./steps/update-marketplace-settings"

/** Operators switch auto-approval of new shops and moderation of listings. */
export const updateMarketplaceSettingsWorkflow = createWorkflow("update-marketplace-settings", (input: MarketplaceSettingsUpdate) => {
  return new WorkflowResponse(updateMarketplaceSettingsStep(input))
})
