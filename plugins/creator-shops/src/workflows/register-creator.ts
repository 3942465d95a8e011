import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CreatorEvents, type CreatorStatusEventData } from "../modules/creator/types"
import { byLocale, type LocalizedText } from "../utils/translations"
import { createCreatorStep, type CreateCreatorInput } from "./steps/create-creator"
import { recordStatusChangeStep } from "./steps/record-creator-status-change"
import { upsertTranslationsStep } from "./steps/upsert-translations"
import { validateHandleAvailableStep } from "./steps/validate-handle-available"

export type RegisterCreatorInput = CreateCreatorInput & {
  bio_translations?: LocalizedText
  reason?: string
  actor_type: string
  actor_id?: string | null
}

/**
 * An operator registers a shop directly (a creator onboarded in person, the demo seed), with its
 * status and the reason in its history. Members join later through invites.
 */
export const registerCreatorWorkflow = createWorkflow("register-creator", (input: RegisterCreatorInput) => {
  validateHandleAvailableStep(transform({ input }, ({ input }) => ({ handle: input.handle })))
  const creator = createCreatorStep(
    transform({ input }, ({ input }) => {
      const { bio_translations, reason, actor_type, actor_id, ...shop } = input
      return shop
    }),
  )
  upsertTranslationsStep(
    transform({ input, creator }, ({ input, creator }) => ({
      reference: "creator",
      reference_id: creator.id,
      translations: byLocale({ bio: input.bio_translations }),
    })),
  )
  recordStatusChangeStep(
    transform({ input, creator }, ({ input, creator }) => ({
      creator_id: creator.id,
      from_status: null,
      to_status: creator.status,
      reason: input.reason ?? "registered by an operator",
      actor_type: input.actor_type,
      actor_id: input.actor_id ?? null,
    })),
  )
  when({ creator }, ({ creator }) => creator.status === "approved").then(() => {
    emitEventStep({
      eventName: CreatorEvents.APPROVED,
      data: transform({ input, creator }, ({ input, creator }): CreatorStatusEventData => ({
        id: creator.id,
        from: null,
        to: "approved",
        reason: input.reason ?? null,
      })),
    })
  })
  return new WorkflowResponse(creator)
})
