import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EXPORT_LISTING_MODULE } from "../../modules/export-listing"
import type ExportListingModuleService from "../../modules/export-listing/service"

/** Revokes one of a partner's tokens at once (404 for another partner's token). */
export const revokePartnerTokenStep = createStep(
  "revoke-partner-token",
  async (input: { partner_id: string; token_id: string }, { container }) => {
    const service: ExportListingModuleService = container.resolve(EXPORT_LISTING_MODULE)
    const [token] = await service.listPartnerTokens({ id: input.token_id, partner_id: input.partner_id })
    if (!token) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Token ${input.token_id} was not found for this partner.`)
    if (token.revoked_at) return new StepResponse(token, null)
    const revoked = await service.updatePartnerTokens({ id: token.id, revoked_at: new Date() })
    return new StepResponse(revoked, token.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<ExportListingModuleService>(EXPORT_LISTING_MODULE).updatePartnerTokens({ id, revoked_at: null })
  },
)
