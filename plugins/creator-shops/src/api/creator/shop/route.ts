import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateCreatorWorkflow } from "../../../workflows/update-creator"
import { retrieveShop } from "../../utils/retrieve-shop"
import { shopContext } from "../../utils/context"
import type { CreatorUpdateShopType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ creator: await retrieveShop(req.scope, shopContext(req).creator_id) })
}

/** Owners edit the shop's profile; the handle and status are not theirs to change. */
export const POST = async (req: AuthenticatedMedusaRequest<CreatorUpdateShopType>, res: MedusaResponse) => {
  const { creator_id } = shopContext(req)
  await updateCreatorWorkflow(req.scope).run({ input: { id: creator_id, ...req.validatedBody } })
  res.json({ creator: await retrieveShop(req.scope, creator_id) })
}
