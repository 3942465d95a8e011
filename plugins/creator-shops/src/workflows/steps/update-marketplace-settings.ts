import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CREATOR_MODULE } from "../../modules/creator"
import type CreatorModuleService from "../../modules/creator/service"

export type MarketplaceSettingsUpdate = { auto_approve_creators?: boolean; require_listing_moderation?: boolean }

/** Changes the named settings; undone by putting their previous values back. */
export const updateMarketplaceSettingsStep = createStep(
  "update-marketplace-settings",
  async (update: MarketplaceSettingsUpdate, { container }) => {
    const creators: CreatorModuleService = container.resolve(CREATOR_MODULE)
    const before = await creators.getSettings()
    const previous = Object.fromEntries(Object.keys(update).map((key) => [key, before[key as keyof MarketplaceSettingsUpdate]]))
    const settings = await creators.updateMarketplaceSettings({ id: before.id, ...update })
    return new StepResponse(settings, { id: before.id, ...previous })
  },
  async (previous, { container }) => {
    if (!previous) return
    const creators: CreatorModuleService = container.resolve(CREATOR_MODULE)
    await creators.updateMarketplaceSettings(previous)
  },
)
