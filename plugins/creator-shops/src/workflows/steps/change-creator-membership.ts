import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CREATOR_MODULE } from "../../modules/creator"
import type CreatorModuleService from "../../modules/creator/service"
import type { MemberRole } from "../../modules/creator/types"

type Input = { id: string; role: MemberRole | null; previous_role: MemberRole }

/** Sets a membership's role, or removes the membership when `role` is null. */
export const changeMembershipStep = createStep(
  "change-creator-membership",
  async (input: Input, { container }) => {
    const creators: CreatorModuleService = container.resolve(CREATOR_MODULE)
    if (input.role === null) await creators.softDeleteCreatorMemberships(input.id)
    else await creators.updateCreatorMemberships({ id: input.id, role: input.role })
    return new StepResponse(undefined, input)
  },
  async (input, { container }) => {
    if (!input) return
    const creators: CreatorModuleService = container.resolve(CREATOR_MODULE)
    if (input.role === null) await creators.restoreCreatorMemberships(input.id)
    else await creators.updateCreatorMemberships({ id: input.id, role: input.previous_role })
  },
)
