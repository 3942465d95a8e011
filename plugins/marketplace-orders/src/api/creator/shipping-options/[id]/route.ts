import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { shopContext } from "@creative-market/creator-shops/api/utils/context"
import { listCreatorOptions } from "../../../../utils/creator-delivery"
import { deleteCreatorShippingOptionWorkflow } from "../../../../workflows/delete-creator-shipping-option"
import { updateCreatorShippingOptionWorkflow } from "../../../../workflows/update-creator-shipping-option"
import type { CreatorUpdateShippingOptionType } from "../../validators"

/** Renames or reprices one of the shop's own options (the middleware answered 404 for another shop's). */
export const POST = async (req: AuthenticatedMedusaRequest<CreatorUpdateShippingOptionType>, res: MedusaResponse) => {
  await updateCreatorShippingOptionWorkflow(req.scope).run({ input: { id: req.params.id, ...req.validatedBody } })
  const [shipping_option] = await listCreatorOptions(req.scope, shopContext(req).creator_id, [req.params.id])
  res.json({ shipping_option })
}

/** Removes one of the shop's own options; after the last, its goods ship with the marketplace's delivery. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await deleteCreatorShippingOptionWorkflow(req.scope).run({ input: { creator_id: shopContext(req).creator_id, id: req.params.id } })
  res.json({ id: req.params.id, object: "shipping_option", deleted: true })
}
