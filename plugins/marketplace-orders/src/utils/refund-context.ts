import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { MARKETPLACE_ORDER_MODULE } from "../modules/marketplace-order"
import type MarketplaceOrderModuleService from "../modules/marketplace-order/service"
import { round } from "./commission"
import { findOrder } from "./find-order"
import type { RefundableDelivery, RefundableLine } from "./refund-plan"

const sum = <T>(rows: T[], pick: (row: T) => unknown) => round(rows.reduce((total, row) => total + Number(pick(row) ?? 0), 0))

/** The group's payment (one per purchase): how much of it was captured and already refunded. */
export type GroupPayment = { id: string; captured: number; refunded: number } | null

export type RefundContext = {
  order: { id: string; status: string; currency_code: string; creator_id: string | null; shipped: boolean }
  group: { id: string; total: number; refunded: number } | null
  lines: RefundableLine[]
  shipping: RefundableDelivery
  payment: GroupPayment
}

/**
 * Everything a refund or a cancellation of a creator's order must know, read before anything is
 * written: each line's paid total, shipped units, commission, earning and what earlier refunds gave
 * back, the group and its payment. An unknown order is a 404.
 */
export async function loadRefundContext(container: MedusaContainer, orderId: string): Promise<RefundContext> {
  const service: MarketplaceOrderModuleService = container.resolve(MARKETPLACE_ORDER_MODULE)
  const order = await findOrder(container, orderId, [
    "id",
    "status",
    "currency_code",
    "metadata",
    // an order-level total makes Medusa compute the lines' and deliveries' totals too
    "total",
    "items.id",
    "items.title",
    "items.product_title",
    "items.quantity",
    "items.total",
    "items.detail.fulfilled_quantity",
    "shipping_methods.total",
    "fulfillments.canceled_at",
    "order_group.id",
    "order_group.total",
    "order_group.payment_collection_id",
  ])
  const [commissions, reversals, ledger, refunds, groupRefunds] = await Promise.all([
    service.listCommissionLines({ order_id: orderId }, { take: null }),
    service.listCommissionReversals({ order_id: orderId }, { take: null }),
    service.listLedgerEntries({ order_id: orderId }, { take: null }),
    service.listCreatorRefunds({ order_id: orderId }, { take: null }),
    order.order_group ? service.listCreatorRefunds({ order_group_id: order.order_group.id }, { take: null }) : [],
  ])
  const of = <T extends { line_item_id?: string | null }>(rows: T[], id: string | null) =>
    rows.filter((r) => (r.line_item_id ?? null) === id)
  const lines = (order.items ?? []).map((item: any): RefundableLine => {
    const commission = commissions.find((c) => c.line_item_id === item.id)
    const entries = of(ledger, item.id)
    return {
      id: item.id,
      title: item.product_title ?? item.title,
      quantity: Number(item.quantity),
      total: round(Number(item.total ?? 0)),
      fulfilled_quantity: Number(item.detail?.fulfilled_quantity ?? 0),
      refunded_quantity: of(refunds, item.id).reduce((n, r) => n + Number(r.quantity), 0),
      refunded_amount: sum(of(refunds, item.id), (r) => r.amount),
      commission: Number(commission?.amount ?? 0),
      commission_reversed: sum(of(reversals, item.id), (r) => r.amount),
      earning: sum(
        entries.filter((e) => e.type === "earned"),
        (e) => e.amount,
      ),
      earning_reversed: sum(
        entries.filter((e) => e.type === "reversed"),
        (e) => e.amount,
      ),
    }
  })
  return {
    order: {
      id: order.id,
      status: order.status,
      currency_code: order.currency_code,
      creator_id: (order.metadata?.creator_id as string | undefined) ?? null,
      shipped: (order.fulfillments ?? []).some((f: any) => f && !f.canceled_at),
    },
    group: order.order_group
      ? { id: order.order_group.id, total: Number(order.order_group.total), refunded: sum(groupRefunds, (r) => r.amount) }
      : null,
    lines,
    shipping: {
      total: sum(order.shipping_methods ?? [], (m: any) => m?.total),
      refunded: sum(of(refunds, null), (r) => r.amount),
      // the creator's own delivery fee (docs/decisions/040): the order's ledger entries without a line
      earning: sum(
        of(ledger, null).filter((e) => e.type === "earned"),
        (e) => e.amount,
      ),
      earning_reversed: sum(
        of(ledger, null).filter((e) => e.type === "reversed"),
        (e) => e.amount,
      ),
    },
    payment: await groupPayment(container, order.order_group?.payment_collection_id ?? null),
  }
}

async function groupPayment(container: MedusaContainer, collectionId: string | null): Promise<GroupPayment> {
  if (!collectionId) return null
  const [collection] = await container
    .resolve(Modules.PAYMENT)
    .listPaymentCollections({ id: collectionId }, { relations: ["payments", "payments.captures", "payments.refunds"] })
  const live = (collection?.payments ?? []).find((p) => !p.canceled_at)
  if (!live) return null
  return { id: live.id, captured: sum(live.captures ?? [], (c) => c.amount), refunded: sum(live.refunds ?? [], (r) => r.amount) }
}
