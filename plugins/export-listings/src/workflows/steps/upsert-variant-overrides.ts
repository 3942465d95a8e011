import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EXPORT_LISTING_MODULE } from "../../modules/export-listing"
import type ExportListingModuleService from "../../modules/export-listing/service"

type Override = { variant_id: string } & Record<string, unknown>
type Undo = { created: string[]; previous: Record<string, unknown>[] }

/** Sets per-variant values (GTIN, weight, size) on a profile; fields not sent stay as they were. */
export const upsertVariantOverridesStep = createStep(
  "upsert-variant-overrides",
  async (input: { profile_id: string; overrides: Override[] }, { container }) => {
    const undo: Undo = { created: [], previous: [] }
    if (!input.overrides.length) return new StepResponse(undefined, undo)
    const service: ExportListingModuleService = container.resolve(EXPORT_LISTING_MODULE)
    const existing = await service.listExportVariantOverrides({ variant_id: input.overrides.map((o) => o.variant_id) })
    for (const override of input.overrides) {
      const current = existing.find((row) => row.variant_id === override.variant_id)
      if (current) {
        undo.previous.push({ id: current.id, ...Object.fromEntries(Object.keys(override).map((key) => [key, (current as any)[key]])) })
        await service.updateExportVariantOverrides({ id: current.id, ...override })
      } else {
        const created = await service.createExportVariantOverrides({ ...override, profile_id: input.profile_id })
        undo.created.push(created.id)
      }
    }
    return new StepResponse(undefined, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: ExportListingModuleService = container.resolve(EXPORT_LISTING_MODULE)
    if (undo.created.length) await service.deleteExportVariantOverrides(undo.created)
    for (const previous of undo.previous) await service.updateExportVariantOverrides(previous as any)
  },
)
