import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { MemberRole } from "../modules/creator/types"
import { changeMembershipStep } from "./steps/change-creator-membership"
import { validateOwnerRemainsStep } from "./steps/validate-owner-remains"

export type ChangeCreatorMemberInput = { creator_id: string; member_id: string; role: MemberRole | null }

/**
 * An owner changes a member's role, or removes them (`role: null`); a shop keeps an owner. The
 * team is locked meanwhile, so two owners removing each other at once cannot both succeed.
 */
export const changeCreatorMemberWorkflow = createWorkflow("change-creator-member", (input: ChangeCreatorMemberInput) => {
  const key = transform({ input }, ({ input }) => `creator-team:${input.creator_id}`)
  acquireLockStep({ key, timeout: 10, ttl: 30 })
  const membership = validateOwnerRemainsStep(
    transform({ input }, ({ input }) => ({ creator_id: input.creator_id, member_id: input.member_id, new_role: input.role })),
  )
  changeMembershipStep(
    transform({ input, membership }, ({ input, membership }) => ({ id: membership.id, role: input.role, previous_role: membership.role })),
  )
  releaseLockStep({ key })
  return new WorkflowResponse(membership)
})
