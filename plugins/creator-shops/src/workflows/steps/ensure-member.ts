import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CREATOR_MODULE } from "../../modules/creator"
import type CreatorModuleService from "../../modules/creator/service"

/** Finds the member with this e-mail or creates one; `created` tells the caller which. */
export const ensureMemberStep = createStep(
  "ensure-creator-member",
  async (input: { email: string; name?: string | null }, { container }) => {
    const creators: CreatorModuleService = container.resolve(CREATOR_MODULE)
    const email = input.email.toLowerCase()
    const [existing] = await creators.listCreatorMembers({ email }, { take: 1 })
    if (existing) return new StepResponse({ member: existing, created: false }, null)
    const member = await creators.createCreatorMembers({ email, name: input.name ?? null })
    return new StepResponse({ member, created: true }, member.id)
  },
  async (createdId, { container }) => {
    if (!createdId) return
    const creators: CreatorModuleService = container.resolve(CREATOR_MODULE)
    await creators.deleteCreatorMembers(createdId)
  },
)
