import type { MedusaContainer } from "@medusajs/framework/types"
import { MARKETPLACE_ORDER_MODULE } from "../modules/marketplace-order"
import type MarketplaceOrderModuleService from "../modules/marketplace-order/service"
import { round } from "./commission"
import { findOrder } from "./find-order"
import { loadOrderEarnings } from "./order-earnings"
import { loadRefundContext } from "./refund-context"

/**
 * A Medusa order as the Admin's marketplace widget sees it: its creator (none for an order that
 * was not split by creator), its purchase, each line with what was refunded and what is left, and
 * the refunds so far, and how its money splits into commission and the creator's earnings (their
 * own delivery fee included). An unknown order is a 404.
 */
export async function adminCreatorOrder(container: MedusaContainer, orderId: string) {
  const order = await findOrder(container, orderId, [
    "id",
    "display_id",
    "creator.id",
    "creator.name",
    "creator.handle",
    "order_group.id",
    "order_group.display_id",
    "order_group.payment_status",
  ])
  const service: MarketplaceOrderModuleService = container.resolve(MARKETPLACE_ORDER_MODULE)
  const [ctx, refunds, earnings] = await Promise.all([
    loadRefundContext(container, orderId),
    service.listCreatorRefunds({ order_id: orderId }, { order: { created_at: "ASC" }, take: null }),
    loadOrderEarnings(container, orderId),
  ])
  const { creator, order_group } = order as any
  return {
    id: order.id,
    display_id: order.display_id,
    status: ctx.order.status,
    currency_code: ctx.order.currency_code,
    shipped: ctx.order.shipped,
    creator: creator ? { id: creator.id, name: creator.name, handle: creator.handle } : null,
    order_group: order_group
      ? { id: order_group.id, display_id: order_group.display_id, payment_status: order_group.payment_status }
      : null,
    lines: ctx.lines.map((line) => ({
      id: line.id,
      title: line.title,
      quantity: line.quantity,
      total: line.total,
      fulfilled_quantity: line.fulfilled_quantity,
      refunded_quantity: line.refunded_quantity,
      refunded_amount: line.refunded_amount,
      refundable_amount: round(Math.max(line.total - line.refunded_amount, 0)),
    })),
    shipping: ctx.shipping,
    earnings,
    refunded_total: round(refunds.reduce((n, r) => n + Number(r.amount), 0)),
    refunds: refunds.map((r) => ({
      id: r.id,
      line_item_id: r.line_item_id ?? null,
      quantity: Number(r.quantity),
      amount: Number(r.amount),
      method: r.method,
      note: r.note ?? null,
      created_at: r.created_at,
    })),
  }
}
