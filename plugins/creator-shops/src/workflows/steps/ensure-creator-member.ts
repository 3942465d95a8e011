import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CREATOR_MODULE } from "../../modules/creator"
import type CreatorModuleService from "../../modules/creator/service"

type Input = { email: string; name?: string | null; member_id?: string | null }

/**
 * The member acting: the one the signed-in identity already is (`member_id`), or a new member
 * for a fresh identity. A fresh identity never takes over an existing member with the same
 * e-mail: that person must sign in as themselves. `created` tells the caller which.
 */
export const ensureMemberStep = createStep(
  "ensure-creator-member",
  async (input: Input, { container }) => {
    const creators: CreatorModuleService = container.resolve(CREATOR_MODULE)
    const email = input.email.toLowerCase()
    if (input.member_id) {
      const member = await creators.retrieveCreatorMember(input.member_id)
      return new StepResponse({ member, created: false }, null)
    }
    const [existing] = await creators.listCreatorMembers({ email }, { take: 1 })
    if (existing) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `${email} already has a creator account: sign in with it (POST /auth/creator/emailpass) and try again.`,
      )
    }
    const member = await creators.createCreatorMembers({ email, name: input.name ?? null })
    return new StepResponse({ member, created: true }, member.id)
  },
  async (createdId, { container }) => {
    if (!createdId) return
    const creators: CreatorModuleService = container.resolve(CREATOR_MODULE)
    await creators.deleteCreatorMembers(createdId)
  },
)
