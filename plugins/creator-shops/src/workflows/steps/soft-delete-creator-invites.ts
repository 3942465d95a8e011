import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CREATOR_MODULE } from "../../modules/creator"
import type CreatorModuleService from "../../modules/creator/service"

/** Revokes invites (their links stop working); undone by restoring them. */
export const softDeleteCreatorInvitesStep = createStep(
  "soft-delete-creator-invites",
  async (ids: string[], { container }) => {
    const creators: CreatorModuleService = container.resolve(CREATOR_MODULE)
    await creators.softDeleteCreatorInvites(ids)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const creators: CreatorModuleService = container.resolve(CREATOR_MODULE)
    await creators.restoreCreatorInvites(ids)
  },
)
