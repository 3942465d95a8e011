import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CREATOR_MODULE } from "../../modules/creator"
import type CreatorModuleService from "../../modules/creator/service"
import type { CreatorStatus } from "../../modules/creator/types"

export type StatusChangeInput = {
  creator_id: string
  from_status: CreatorStatus | null
  to_status: CreatorStatus
  reason?: string | null
  actor_type: string
  actor_id?: string | null
}

/** Appends to the shop's status history (who, when, why). */
export const recordStatusChangeStep = createStep(
  "record-creator-status-change",
  async (input: StatusChangeInput, { container }) => {
    const creators: CreatorModuleService = container.resolve(CREATOR_MODULE)
    const change = await creators.createCreatorStatusChanges({ ...input, reason: input.reason ?? null, actor_id: input.actor_id ?? null })
    return new StepResponse(change, change.id)
  },
  async (id, { container }) => {
    if (!id) return
    const creators: CreatorModuleService = container.resolve(CREATOR_MODULE)
    await creators.deleteCreatorStatusChanges(id)
  },
)
