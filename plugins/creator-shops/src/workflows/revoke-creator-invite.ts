import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { softDeleteCreatorInvitesStep } from "./steps/soft-delete-creator-invites"
import { validateInviteRevocableStep } from "./steps/validate-invite-revocable"

export type RevokeCreatorInviteInput = { creator_id: string; invite_id: string }

/** An owner withdraws an invite nobody accepted yet. */
export const revokeCreatorInviteWorkflow = createWorkflow("revoke-creator-invite", (input: RevokeCreatorInviteInput) => {
  const invite = validateInviteRevocableStep(input)
  softDeleteCreatorInvitesStep(transform({ invite }, ({ invite }) => [invite.id]))
  return new WorkflowResponse(invite)
})
