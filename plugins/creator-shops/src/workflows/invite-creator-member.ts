import { emitEventStep, sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CreatorEvents } from "../modules/creator/types"
import { createInviteStep, type CreateInviteInput } from "./steps/create-creator-invite"

/** An owner invites someone by e-mail; the signed link goes out through the Notification module. */
export const inviteCreatorMemberWorkflow = createWorkflow("invite-creator-member", (input: CreateInviteInput) => {
  const { invite, url } = createInviteStep(input)
  sendNotificationsStep(
    transform({ invite, url, input }, ({ invite, url, input }) => [
      {
        to: invite.email,
        channel: "email",
        template: "creator-invite",
        resource_id: invite.id,
        resource_type: "creator_invite",
        trigger_type: CreatorEvents.INVITED,
        data: { creator_id: invite.creator_id, role: invite.role, accept_url: url, expires_at: invite.expires_at, locale: input.locale },
      },
    ]),
  )
  emitEventStep({
    eventName: CreatorEvents.INVITED,
    data: transform({ invite }, ({ invite }) => ({ id: invite.id, creator_id: invite.creator_id })),
  })
  return new WorkflowResponse(invite)
})
