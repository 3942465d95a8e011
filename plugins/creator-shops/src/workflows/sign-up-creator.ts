import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { linkNewMemberIdentity } from "./link-new-member-identity"
import { CreatorEvents, type CreatorStatusEventData } from "../modules/creator/types"
import { createCreatorStep, type CreateCreatorInput } from "./steps/create-creator"
import { createMembershipStep } from "./steps/create-creator-membership"
import { ensureMemberStep } from "./steps/ensure-creator-member"
import { recordStatusChangeStep } from "./steps/record-creator-status-change"
import { resolveSignupStatusStep } from "./steps/resolve-signup-status"
import { validateHandleAvailableStep } from "./steps/validate-handle-available"
import { byLocale, type LocalizedText } from "../utils/translations"
import { upsertTranslationsStep } from "./steps/upsert-translations"

export type SignUpCreatorInput = {
  auth_identity_id: string
  /** the member id already on the auth identity, when an existing member opens another shop */
  member_id?: string | null
  member: { email: string; name?: string | null }
  shop: Omit<CreateCreatorInput, "status"> & { bio_translations?: LocalizedText }
}

/** Opens a shop: pending (or approved when auto-approval is on), with its signer as owner. */
export const signUpCreatorWorkflow = createWorkflow("sign-up-creator", (input: SignUpCreatorInput) => {
  validateHandleAvailableStep({ handle: input.shop.handle })
  // the member first: a fresh identity may not take over an existing member (nothing is written yet)
  const { member, created } = ensureMemberStep(transform({ input }, ({ input }) => ({ ...input.member, member_id: input.member_id })))
  const status = resolveSignupStatusStep()
  const creatorData = transform({ input, status }, ({ input, status }) => {
    const { bio_translations, ...shop } = input.shop
    return { ...shop, status }
  })
  const creator = createCreatorStep(creatorData)
  upsertTranslationsStep(
    transform({ input, creator }, ({ input, creator }) => ({
      reference: "creator",
      reference_id: creator.id,
      translations: byLocale({ bio: input.shop.bio_translations }),
    })),
  )
  createMembershipStep(
    transform({ creator, member }, ({ creator, member }) => ({ creator_id: creator.id, member_id: member.id, role: "owner" as const })),
  )
  linkNewMemberIdentity(input, member, created)
  recordStatusChangeStep(
    transform({ creator, member }, ({ creator, member }) => ({
      creator_id: creator.id,
      from_status: null,
      to_status: creator.status,
      reason: creator.status === "approved" ? "auto-approved" : "signed up",
      actor_type: "creator",
      actor_id: member.id,
    })),
  )
  emitEventStep({ eventName: CreatorEvents.SIGNED_UP, data: transform({ creator }, ({ creator }) => ({ id: creator.id })) })
  when({ creator }, ({ creator }) => creator.status === "approved").then(() => {
    emitEventStep({
      eventName: CreatorEvents.APPROVED,
      data: transform({ creator }, ({ creator }): CreatorStatusEventData => ({
        id: creator.id,
        from: null,
        to: "approved",
        reason: "auto-approved",
      })),
    }).config({ name: "emit-auto-approved" })
  })
  return new WorkflowResponse({ creator, member })
})
