import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CREATOR_MODULE } from "../../modules/creator"
import type CreatorModuleService from "../../modules/creator/service"
import type { CreatorStatus } from "../../modules/creator/types"

type Input = { id: string; status: CreatorStatus; reason?: string | null }

export const updateCreatorStatusStep = createStep(
  "update-creator-status",
  async (input: Input, { container }) => {
    const creators: CreatorModuleService = container.resolve(CREATOR_MODULE)
    const before = await creators.retrieveCreator(input.id)
    const creator = await creators.updateCreators({
      id: input.id,
      status: input.status,
      status_reason: input.reason ?? null,
      status_changed_at: new Date(),
    })
    const previous = {
      id: before.id,
      status: before.status,
      status_reason: before.status_reason,
      status_changed_at: before.status_changed_at,
    }
    return new StepResponse(creator, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const creators: CreatorModuleService = container.resolve(CREATOR_MODULE)
    await creators.updateCreators(previous)
  },
)
