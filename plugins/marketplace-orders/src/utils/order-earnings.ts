import type { MedusaContainer } from "@medusajs/framework/types"
import { MARKETPLACE_ORDER_MODULE } from "../modules/marketplace-order"
import type MarketplaceOrderModuleService from "../modules/marketplace-order/service"
import { round } from "./commission"

type Amount = { amount: unknown }
type CommissionRow = Amount & { base_amount: unknown }
type LedgerRow = Amount & { type: string; line_item_id?: string | null }

/**
 * How a creator's order splits the money (net of tax): its lines' value, the commission on them,
 * the creator's own delivery fee (no commission; 0 when the marketplace delivers), what the
 * creator earned and what refunds reversed of it, and the creator's net.
 */
export type OrderEarnings = {
  items: number
  commission: number
  commission_reversed: number
  delivery: number
  earned: number
  reversed: number
  net: number
}

const sum = (rows: Amount[]) => round(rows.reduce((n, row) => n + Number(row.amount ?? 0), 0))

/** The order's earnings from its commission lines, their reversals and its ledger entries. */
export function orderEarnings(commissions: CommissionRow[], reversals: Amount[], entries: LedgerRow[]): OrderEarnings {
  const earned = entries.filter((e) => e.type === "earned")
  const reversed = sum(entries.filter((e) => e.type === "reversed"))
  const total = sum(earned)
  return {
    items: round(commissions.reduce((n, c) => n + Number(c.base_amount ?? 0), 0)),
    commission: sum(commissions),
    commission_reversed: sum(reversals),
    delivery: sum(earned.filter((e) => !e.line_item_id)),
    earned: total,
    reversed,
    net: round(total - reversed),
  }
}

/** The same, read for one order. */
export async function loadOrderEarnings(container: MedusaContainer, orderId: string): Promise<OrderEarnings> {
  const service: MarketplaceOrderModuleService = container.resolve(MARKETPLACE_ORDER_MODULE)
  const [commissions, reversals, entries] = await Promise.all([
    service.listCommissionLines({ order_id: orderId }, { take: null }),
    service.listCommissionReversals({ order_id: orderId }, { take: null }),
    service.listLedgerEntries({ order_id: orderId }, { take: null }),
  ])
  return orderEarnings(commissions, reversals, entries)
}
