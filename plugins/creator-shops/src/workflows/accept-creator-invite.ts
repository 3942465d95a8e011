import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { linkNewMemberIdentity } from "./link-new-member-identity"
import { createMembershipStep } from "./steps/create-creator-membership"
import { ensureMemberStep } from "./steps/ensure-creator-member"
import { markInviteAcceptedStep } from "./steps/mark-invite-accepted"
import { validateInviteTokenStep } from "./steps/validate-invite-token"

export type AcceptCreatorInviteInput = {
  token: string
  email: string
  name?: string
  auth_identity_id: string
  /** set when the identity is already a member of another shop */
  member_id?: string | null
}

/** The invited person joins the shop with the invited role (becoming a member if new). */
export const acceptCreatorInviteWorkflow = createWorkflow("accept-creator-invite", (input: AcceptCreatorInviteInput) => {
  const invite = validateInviteTokenStep(transform({ input }, ({ input }) => ({ token: input.token, email: input.email })))
  const { member, created } = ensureMemberStep(
    transform({ input }, ({ input }) => ({ email: input.email, name: input.name, member_id: input.member_id })),
  )
  const membership = createMembershipStep(
    transform({ invite, member }, ({ invite, member }) => ({ creator_id: invite.creator_id, member_id: member.id, role: invite.role })),
  )
  linkNewMemberIdentity(input, member, created)
  markInviteAcceptedStep(transform({ invite }, ({ invite }) => ({ id: invite.id })))
  return new WorkflowResponse({ member, membership })
})
