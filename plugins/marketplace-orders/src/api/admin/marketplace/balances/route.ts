import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MARKETPLACE_ORDER_MODULE } from "../../../../modules/marketplace-order"
import type MarketplaceOrderModuleService from "../../../../modules/marketplace-order/service"
import { balances, type Entry } from "../../../../utils/balance"
import type { AdminListBalancesType } from "../../validators"

/** Every shop's balance per currency (or one shop's), from the ledger: what operators pay out from. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { creator_id } = req.validatedQuery as AdminListBalancesType
  const service: MarketplaceOrderModuleService = req.scope.resolve(MARKETPLACE_ORDER_MODULE)
  const entries = await service.listLedgerEntries(creator_id ? { creator_id } : {}, {
    take: null,
    select: ["creator_id", "currency_code", "type", "amount", "available_at"],
  })
  const byCreator = new Map<string, Entry[]>()
  for (const e of entries) byCreator.set(e.creator_id, [...(byCreator.get(e.creator_id) ?? []), e as unknown as Entry])
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: creators } = byCreator.size
    ? await query.graph({ entity: "creator", fields: ["id", "handle", "name"], filters: { id: [...byCreator.keys()] } })
    : { data: [] }
  const shop = new Map((creators as any[]).map((c) => [c.id, { id: c.id, handle: c.handle, name: c.name }]))
  res.json({
    balances: [...byCreator].flatMap(([id, list]) => balances(list).map((b) => ({ creator: shop.get(id) ?? { id }, ...b }))),
  })
}
