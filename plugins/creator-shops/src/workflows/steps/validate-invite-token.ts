import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CREATOR_MODULE } from "../../modules/creator"
import type CreatorModuleService from "../../modules/creator/service"
import { pluginOptions } from "../../utils/options"
import { sha256, verifyToken } from "../../utils/signed-token"

/** The invite behind a token, if the token is genuine, unexpired, unused and meant for `email`. */
export const validateInviteTokenStep = createStep(
  "validate-invite-token",
  async (input: { token: string; email: string }, { container }) => {
    const creators: CreatorModuleService = container.resolve(CREATOR_MODULE)
    const invalid = new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "This invite link is invalid or has expired: ask the shop owner for a new one.",
    )
    const payload = verifyToken<{ invite_id: string; exp: number }>(input.token, pluginOptions(container).secret, "creator-invite")
    if (!payload) throw invalid
    const [invite] = await creators.listCreatorInvites({ id: payload.invite_id })
    if (!invite || invite.accepted_at || invite.token_hash !== sha256(input.token) || new Date(invite.expires_at) < new Date())
      throw invalid
    if (invite.email !== input.email.toLowerCase()) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `This invite is for ${invite.email}: sign in with that address to accept it.`)
    }
    return new StepResponse(invite)
  },
)
