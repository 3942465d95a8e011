import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EXPORT_LISTING_MODULE } from "../../modules/export-listing"
import type ExportListingModuleService from "../../modules/export-listing/service"

export const createPartnerStep = createStep(
  "create-partner",
  async (input: Record<string, unknown>, { container }) => {
    const service: ExportListingModuleService = container.resolve(EXPORT_LISTING_MODULE)
    const partner = await service.createPartners(input as any)
    return new StepResponse(partner, partner.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<ExportListingModuleService>(EXPORT_LISTING_MODULE).deletePartners(id)
  },
)
