import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CREATOR_MODULE } from "../../../modules/creator"
import type CreatorModuleService from "../../../modules/creator/service"
import { updateMarketplaceSettingsWorkflow } from "../../../workflows/update-marketplace-settings"
import type { AdminUpdateSettingsType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const creators: CreatorModuleService = req.scope.resolve(CREATOR_MODULE)
  res.json({ settings: await creators.getSettings() })
}

/** Operators switch auto-approval of new shops and moderation of listings. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateSettingsType>, res: MedusaResponse) => {
  const { result } = await updateMarketplaceSettingsWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ settings: result })
}
