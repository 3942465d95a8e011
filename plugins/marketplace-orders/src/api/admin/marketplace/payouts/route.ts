import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MARKETPLACE_ORDER_MODULE } from "../../../../modules/marketplace-order"
import type MarketplaceOrderModuleService from "../../../../modules/marketplace-order/service"
import { payoutView } from "../../../../utils/payout-view"
import type { AdminListPayoutsType } from "../../validators"

/** Payouts for operators to review, newest first (filter by status or creator), each with its shop's name. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { status, creator_id, limit, offset } = req.validatedQuery as AdminListPayoutsType
  const service: MarketplaceOrderModuleService = req.scope.resolve(MARKETPLACE_ORDER_MODULE)
  const [payouts, count] = await service.listAndCountCreatorPayouts(
    { ...(status ? { status } : {}), ...(creator_id ? { creator_id } : {}) },
    { order: { created_at: "DESC", id: "DESC" }, skip: offset, take: limit },
  )
  const ids = [...new Set(payouts.map((p) => p.creator_id))]
  const { data: creators } = ids.length
    ? await req.scope
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "creator", fields: ["id", "name", "handle"], filters: { id: ids } })
    : { data: [] as any[] }
  const byId = new Map(creators.map((c: any) => [c.id, { id: c.id, name: c.name, handle: c.handle }]))
  res.json({ payouts: payouts.map((p) => ({ ...payoutView(p), creator: byId.get(p.creator_id) ?? null })), count, limit, offset })
}
