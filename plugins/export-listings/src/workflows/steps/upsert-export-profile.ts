import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EXPORT_LISTING_MODULE } from "../../modules/export-listing"
import type ExportListingModuleService from "../../modules/export-listing/service"

type Input = { product_id: string; data: Record<string, unknown> }
type Undo = { id: string; created: boolean; previous?: Record<string, unknown>; product_id: string }

/** Creates the product's export profile (and its link) or updates the fields sent. */
export const upsertExportProfileStep = createStep(
  "upsert-export-profile",
  async (input: Input, { container }) => {
    const service: ExportListingModuleService = container.resolve(EXPORT_LISTING_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "product", fields: ["id", "export_profile.*"], filters: { id: input.product_id } })
    const existing = data[0]?.export_profile
    if (existing) {
      const previous = Object.fromEntries(Object.keys(input.data).map((key) => [key, existing[key]]))
      const profile = await service.updateExportProfiles({ id: existing.id, ...input.data })
      return new StepResponse(profile, { id: existing.id, created: false, previous, product_id: input.product_id } as Undo)
    }
    const profile = await service.createExportProfiles(input.data)
    await container.resolve(ContainerRegistrationKeys.LINK).create({
      [EXPORT_LISTING_MODULE]: { export_profile_id: profile.id },
      [Modules.PRODUCT]: { product_id: input.product_id },
    })
    return new StepResponse(profile, { id: profile.id, created: true, product_id: input.product_id } as Undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: ExportListingModuleService = container.resolve(EXPORT_LISTING_MODULE)
    if (!undo.created) return void (await service.updateExportProfiles({ id: undo.id, ...undo.previous }))
    await container.resolve(ContainerRegistrationKeys.LINK).dismiss({
      [EXPORT_LISTING_MODULE]: { export_profile_id: undo.id },
      [Modules.PRODUCT]: { product_id: undo.product_id },
    })
    await service.deleteExportProfiles(undo.id)
  },
)
