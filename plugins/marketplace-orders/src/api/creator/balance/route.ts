import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { shopContext } from "@creative-market/creator-shops/api/utils/context"
import { MARKETPLACE_ORDER_MODULE } from "../../../modules/marketplace-order"
import type MarketplaceOrderModuleService from "../../../modules/marketplace-order/service"
import { balances, entryKind, type Entry } from "../../../utils/balance"

/** The shop's balance per currency and its latest ledger entries (each a line, a delivery fee or a payout). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service: MarketplaceOrderModuleService = req.scope.resolve(MARKETPLACE_ORDER_MODULE)
  const entries = await service.listLedgerEntries(
    { creator_id: shopContext(req).creator_id },
    { order: { created_at: "DESC" }, take: null },
  )
  res.json({
    balances: balances(entries as unknown as Entry[]),
    ledger: entries.slice(0, 50).map((e) => ({
      id: e.id,
      type: e.type,
      kind: entryKind(e),
      currency_code: e.currency_code,
      amount: Number(e.amount),
      order_id: e.order_id,
      line_item_id: e.line_item_id,
      refund_id: e.refund_id,
      payout_id: e.payout_id,
      available_at: e.available_at,
      created_at: e.created_at,
    })),
  })
}
