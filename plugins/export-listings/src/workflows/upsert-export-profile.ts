import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { ExportProfileInputType } from "../api/validators"
import { ExportEvents } from "../lib/events"
import { upsertExportProfileStep } from "./steps/upsert-export-profile"
import { upsertVariantOverridesStep } from "./steps/upsert-variant-overrides"
import { validateExportVariantsStep } from "./steps/validate-export-variants"

type Input = { product_id: string; profile: ExportProfileInputType }

/** Creates or updates a product's export profile and its variant overrides. */
export const upsertExportProfileWorkflow = createWorkflow("upsert-export-profile", (input: Input) => {
  const parts = transform({ input }, ({ input }) => {
    const { variants = [], cultural_certificate_date, ...fields } = input.profile
    const data: Record<string, unknown> = { ...fields }
    if (cultural_certificate_date !== undefined)
      data.cultural_certificate_date = cultural_certificate_date && new Date(cultural_certificate_date)
    return { data, variants, variant_ids: variants.map((v) => v.variant_id) }
  })
  validateExportVariantsStep({ product_id: input.product_id, variant_ids: parts.variant_ids })
  const profile = upsertExportProfileStep({ product_id: input.product_id, data: parts.data })
  upsertVariantOverridesStep({ profile_id: profile.id, overrides: parts.variants })
  emitEventStep({ eventName: ExportEvents.PROFILE_UPDATED, data: { id: input.product_id } })
  return new WorkflowResponse(profile)
})
