import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EXPORT_LISTING_MODULE } from "../../modules/export-listing"
import type ExportListingModuleService from "../../modules/export-listing/service"

export const updatePartnerStep = createStep(
  "update-partner",
  async (input: { id: string } & Record<string, unknown>, { container }) => {
    const service: ExportListingModuleService = container.resolve(EXPORT_LISTING_MODULE)
    const current = await service.retrievePartner(input.id)
    const previous = Object.fromEntries(Object.keys(input).map((key) => [key, (current as any)[key]]))
    return new StepResponse(await service.updatePartners(input as any), previous)
  },
  async (previous, { container }) => {
    if (previous) await container.resolve<ExportListingModuleService>(EXPORT_LISTING_MODULE).updatePartners(previous as any)
  },
)
