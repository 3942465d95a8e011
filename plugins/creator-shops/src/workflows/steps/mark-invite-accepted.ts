import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CREATOR_MODULE } from "../../modules/creator"
import type CreatorModuleService from "../../modules/creator/service"

export const markInviteAcceptedStep = createStep(
  "mark-invite-accepted",
  async (input: { id: string }, { container }) => {
    const creators: CreatorModuleService = container.resolve(CREATOR_MODULE)
    const invite = await creators.updateCreatorInvites({ id: input.id, accepted_at: new Date() })
    return new StepResponse(invite, input.id)
  },
  async (id, { container }) => {
    if (!id) return
    const creators: CreatorModuleService = container.resolve(CREATOR_MODULE)
    await creators.updateCreatorInvites({ id, accepted_at: null })
  },
)
