import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CreatorEvents } from "../modules/creator/types"
import { updateCreatorStep } from "./steps/update-creator"
import { validateShopProfileStep } from "./steps/validate-shop-profile"
import { byLocale, type LocalizedText } from "../utils/translations"
import { upsertTranslationsStep } from "./steps/upsert-translations"

export type UpdateCreatorWorkflowInput = { id: string; bio_translations?: LocalizedText } & Record<string, unknown>

/** Edits a shop's profile and its translated bio. */
export const updateCreatorWorkflow = createWorkflow("update-creator", (input: UpdateCreatorWorkflowInput) => {
  const fields = transform({ input }, ({ input }) => {
    const { bio_translations, ...rest } = input
    return rest
  })
  validateShopProfileStep(
    transform({ input }, ({ input }) => ({
      id: input.id,
      legal_type: input.legal_type as string | undefined,
      tax_id: input.tax_id as string | null | undefined,
      bio: input.bio as string | null | undefined,
      has_bio_translations: Object.keys(input.bio_translations ?? {}).length > 0,
    })),
  )
  const creator = updateCreatorStep(fields)
  upsertTranslationsStep(
    transform({ input }, ({ input }) => {
      return { reference: "creator", reference_id: input.id, translations: byLocale({ bio: input.bio_translations }) }
    }),
  )
  emitEventStep({ eventName: CreatorEvents.UPDATED, data: transform({ input }, ({ input }) => ({ id: input.id })) })
  return new WorkflowResponse(creator)
})
