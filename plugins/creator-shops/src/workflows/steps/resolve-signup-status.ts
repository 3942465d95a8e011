import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CREATOR_MODULE } from "../../modules/creator"
import type CreatorModuleService from "../../modules/creator/service"
import type { CreatorStatus } from "../../modules/creator/types"

/** New shops start pending, unless operators switched on auto-approval. */
export const resolveSignupStatusStep = createStep("resolve-signup-status", async (_: void, { container }) => {
  const creators: CreatorModuleService = container.resolve(CREATOR_MODULE)
  const settings = await creators.getSettings()
  const status: CreatorStatus = settings.auto_approve_creators ? "approved" : "pending"
  return new StepResponse(status)
})
