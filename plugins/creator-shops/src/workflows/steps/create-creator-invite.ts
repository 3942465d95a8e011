import { randomBytes } from "node:crypto"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CREATOR_MODULE } from "../../modules/creator"
import type CreatorModuleService from "../../modules/creator/service"
import type { MemberRole } from "../../modules/creator/types"
import { pluginOptions } from "../../utils/options"
import { sha256, signToken } from "../../utils/signed-token"

export type CreateInviteInput = { creator_id: string; email: string; role: MemberRole; invited_by: string; locale?: string }

/**
 * Creates the invite and its signed, expiring token; only the token's hash is stored. Inviting
 * the same address again re-sends: the earlier pending invites are revoked, only the newest link works.
 */
export const createInviteStep = createStep(
  "create-creator-invite",
  async ({ locale, ...input }: CreateInviteInput, { container }) => {
    const creators: CreatorModuleService = container.resolve(CREATOR_MODULE)
    const options = pluginOptions(container)
    const email = input.email.toLowerCase()
    const [member] = await creators.listCreatorMembers({ email }, { relations: ["memberships"] })
    if (member?.memberships?.some((m) => m.creator_id === input.creator_id)) {
      throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `${email} is already a member of this shop.`)
    }
    const earlier = await creators.listCreatorInvites({ creator_id: input.creator_id, email, accepted_at: null }, { select: ["id"] })
    if (earlier.length) await creators.softDeleteCreatorInvites(earlier.map((invite) => invite.id))
    const expires = new Date(Date.now() + options.invite_ttl_days * 86_400_000)
    const invite = await creators.createCreatorInvites({
      ...input,
      email,
      token_hash: randomBytes(16).toString("hex"),
      expires_at: expires,
    })
    const token = signToken(
      { invite_id: invite.id, nonce: randomBytes(8).toString("hex"), exp: expires.getTime() },
      options.secret,
      "creator-invite",
    )
    await creators.updateCreatorInvites({ id: invite.id, token_hash: sha256(token) })
    const undo = { id: invite.id, revoked: earlier.map((e) => e.id) }
    return new StepResponse(
      // without a language the storefront sends the reader on to theirs
      {
        invite,
        token,
        url: `${options.storefront_url}${locale ? `/${locale}` : ""}/studio/invites/accept?token=${encodeURIComponent(token)}`,
      },
      undo,
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    const creators: CreatorModuleService = container.resolve(CREATOR_MODULE)
    await creators.deleteCreatorInvites(undo.id)
    if (undo.revoked.length) await creators.restoreCreatorInvites(undo.revoked)
  },
)
