import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CREATOR_MODULE } from "../../modules/creator"
import type CreatorModuleService from "../../modules/creator/service"
import type { MemberRole } from "../../modules/creator/types"

type Input = { creator_id: string; member_id: string; new_role: MemberRole | null }

/**
 * Finds the membership being changed (404 if it is not this shop's) and refuses to leave the
 * shop without an owner.
 */
export const validateOwnerRemainsStep = createStep("validate-owner-remains", async (input: Input, { container }) => {
  const creators: CreatorModuleService = container.resolve(CREATOR_MODULE)
  const memberships = await creators.listCreatorMemberships({ creator_id: input.creator_id })
  const target = memberships.find((m) => m.member_id === input.member_id)
  if (!target) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Member ${input.member_id} was not found in your shop.`)
  const owners = memberships.filter((m) => m.role === "owner")
  if (target.role === "owner" && input.new_role !== "owner" && owners.length === 1) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "The last owner cannot be removed or made staff: make someone else an owner first.",
    )
  }
  return new StepResponse(target)
})
