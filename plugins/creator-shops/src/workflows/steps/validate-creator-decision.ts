import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CREATOR_MODULE } from "../../modules/creator"
import type CreatorModuleService from "../../modules/creator/service"
import { CREATOR_TRANSITIONS, type CreatorDecision } from "../../modules/creator/types"

/** Checks that the decision is allowed from the shop's current status; returns that status. */
export const validateCreatorDecisionStep = createStep(
  "validate-creator-decision",
  async (input: { id: string; decision: CreatorDecision; reason?: string | null }, { container }) => {
    const creators: CreatorModuleService = container.resolve(CREATOR_MODULE)
    const [creator] = await creators.listCreators({ id: input.id }, { take: 1 })
    if (!creator) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Creator ${input.id} was not found.`)
    const transition = CREATOR_TRANSITIONS[input.decision]
    if (!transition.from.includes(creator.status)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `This shop is ${creator.status} and cannot be ${transition.to}; allowed from: ${transition.from.join(", ")}.`,
      )
    }
    if (input.decision !== "approve" && !input.reason?.trim()) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `A reason is required to ${input.decision} a shop.`)
    }
    return new StepResponse({ creator, transition })
  },
)
