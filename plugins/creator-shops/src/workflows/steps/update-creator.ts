import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CREATOR_MODULE } from "../../modules/creator"
import type CreatorModuleService from "../../modules/creator/service"

export type UpdateCreatorInput = { id: string } & Record<string, unknown>

export const updateCreatorStep = createStep(
  "update-creator",
  async (input: UpdateCreatorInput, { container }) => {
    const creators: CreatorModuleService = container.resolve(CREATOR_MODULE)
    const before = await creators.retrieveCreator(input.id)
    const previous = Object.fromEntries(Object.keys(input).map((key) => [key, (before as Record<string, unknown>)[key]]))
    const creator = await creators.updateCreators(input)
    return new StepResponse(creator, previous as UpdateCreatorInput)
  },
  async (previous, { container }) => {
    if (!previous) return
    const creators: CreatorModuleService = container.resolve(CREATOR_MODULE)
    await creators.updateCreators(previous)
  },
)
