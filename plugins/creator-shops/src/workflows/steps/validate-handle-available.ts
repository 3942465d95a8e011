import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { CREATOR_MODULE } from "../../modules/creator"
import type CreatorModuleService from "../../modules/creator/service"

/** Refuses a shop handle that another shop already uses. */
export const validateHandleAvailableStep = createStep("validate-handle-available", async (input: { handle: string }, { container }) => {
  const creators: CreatorModuleService = container.resolve(CREATOR_MODULE)
  const [existing] = await creators.listCreators({ handle: input.handle }, { take: 1, withDeleted: true })
  if (existing) {
    throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `The shop handle "${input.handle}" is taken: choose another one.`)
  }
})
