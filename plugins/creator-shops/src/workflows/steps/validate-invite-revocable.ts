import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CREATOR_MODULE } from "../../modules/creator"
import type CreatorModuleService from "../../modules/creator/service"

/** Only this shop's invites that nobody accepted yet can be revoked. */
export const validateInviteRevocableStep = createStep(
  "validate-invite-revocable",
  async (input: { creator_id: string; invite_id: string }, { container }) => {
    const creators: CreatorModuleService = container.resolve(CREATOR_MODULE)
    const [invite] = await creators.listCreatorInvites({ id: input.invite_id, creator_id: input.creator_id, accepted_at: null })
    if (!invite) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Invite ${input.invite_id} was not found in your shop.`)
    return new StepResponse({ id: invite.id })
  },
)
