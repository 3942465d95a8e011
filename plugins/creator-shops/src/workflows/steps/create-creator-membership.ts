import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CREATOR_MODULE } from "../../modules/creator"
import type CreatorModuleService from "../../modules/creator/service"
import type { MemberRole } from "../../modules/creator/types"

export const createMembershipStep = createStep(
  "create-creator-membership",
  async (input: { creator_id: string; member_id: string; role: MemberRole }, { container }) => {
    const creators: CreatorModuleService = container.resolve(CREATOR_MODULE)
    const [existing] = await creators.listCreatorMemberships({ creator_id: input.creator_id, member_id: input.member_id }, { take: 1 })
    if (existing) {
      throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, "This person is already a member of the shop.")
    }
    const membership = await creators.createCreatorMemberships({
      creator_id: input.creator_id,
      member_id: input.member_id,
      role: input.role,
    })
    return new StepResponse(membership, membership.id)
  },
  async (id, { container }) => {
    if (!id) return
    const creators: CreatorModuleService = container.resolve(CREATOR_MODULE)
    await creators.deleteCreatorMemberships(id)
  },
)
