import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EXPORT_LISTING_MODULE } from "../../modules/export-listing"
import type ExportListingModuleService from "../../modules/export-listing/service"
import { pluginOptions } from "../../lib/options"
import { hashToken, newToken, tokenHint } from "../../lib/tokens"

/**
 * Issues a new token for a partner. With `grace_hours`, the partner's tokens still valid keep
 * working that long (rotation); the new token is returned once and stored only hashed.
 */
export const issuePartnerTokenStep = createStep(
  "issue-partner-token",
  async (input: { partner_id: string; grace_hours?: number }, { container }) => {
    const service: ExportListingModuleService = container.resolve(EXPORT_LISTING_MODULE)
    const previous = await service.listPartnerTokens({ partner_id: input.partner_id, revoked_at: null })
    const until = new Date(Date.now() + (input.grace_hours ?? 0) * 3600_000)
    const shortened = previous.filter((t) => !t.expires_at || new Date(t.expires_at) > until)
    if (shortened.length) await service.updatePartnerTokens(shortened.map((t) => ({ id: t.id, expires_at: until })))
    const token = newToken()
    const created = await service.createPartnerTokens({
      partner_id: input.partner_id,
      token_hash: hashToken(token, pluginOptions(container).token_pepper),
      hint: tokenHint(token),
    })
    return new StepResponse(
      { id: created.id, token, hint: created.hint },
      { created: created.id, restore: shortened.map((t) => ({ id: t.id, expires_at: t.expires_at })) },
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: ExportListingModuleService = container.resolve(EXPORT_LISTING_MODULE)
    await service.deletePartnerTokens(undo.created)
    if (undo.restore.length) await service.updatePartnerTokens(undo.restore as any)
  },
)
