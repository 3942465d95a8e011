import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CREATOR_MODULE } from "../../modules/creator"
import type CreatorModuleService from "../../modules/creator/service"
import type { CreatorStatus, LegalType, Programme } from "../../modules/creator/types"

export type CreateCreatorInput = {
  handle: string
  name: string
  bio?: string | null
  logo_url?: string | null
  banner_url?: string | null
  programme: Programme
  legal_type: LegalType
  tax_id?: string | null
  email: string
  country_code?: string
  status: CreatorStatus
}

export const createCreatorStep = createStep(
  "create-creator",
  async (input: CreateCreatorInput, { container }) => {
    const creators: CreatorModuleService = container.resolve(CREATOR_MODULE)
    const creator = await creators.createCreators({ ...input, status_changed_at: new Date() })
    return new StepResponse(creator, creator.id)
  },
  async (id, { container }) => {
    if (!id) return
    const creators: CreatorModuleService = container.resolve(CREATOR_MODULE)
    await creators.deleteCreators(id)
  },
)
