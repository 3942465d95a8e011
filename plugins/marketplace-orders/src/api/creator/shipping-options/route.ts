import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { shopContext } from "@creative-market/creator-shops/api/utils/context"
import { listCreatorOptions, marketplaceServiceZones } from "../../../utils/creator-delivery"
import { createCreatorShippingOptionWorkflow } from "../../../workflows/create-creator-shipping-option"
import type { CreatorCreateShippingOptionType } from "../validators"

/** The shop's own delivery options, and the marketplace's zones one can be offered in (the home zone first). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const [shipping_options, service_zones] = await Promise.all([
    listCreatorOptions(req.scope, shopContext(req).creator_id),
    marketplaceServiceZones(req.scope),
  ])
  res.json({ shipping_options, service_zones })
}

/** A new delivery option of the shop's own; the first one moves the shop's physical goods onto it. */
export const POST = async (req: AuthenticatedMedusaRequest<CreatorCreateShippingOptionType>, res: MedusaResponse) => {
  const creatorId = shopContext(req).creator_id
  const { result } = await createCreatorShippingOptionWorkflow(req.scope).run({ input: { creator_id: creatorId, ...req.validatedBody } })
  const [shipping_option] = await listCreatorOptions(req.scope, creatorId, [result.id])
  res.status(201).json({ shipping_option })
}
