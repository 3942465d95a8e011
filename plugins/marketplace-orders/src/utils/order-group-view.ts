import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

const GROUP_FIELDS = [
  "id",
  "display_id",
  "email",
  "customer_id",
  "currency_code",
  "total",
  "subtotal",
  "shipping_total",
  "tax_total",
  "status",
  "payment_status",
  "created_at",
  "orders.id",
  "orders.display_id",
  "orders.status",
  "orders.total",
  "orders.subtotal",
  "orders.shipping_total",
  "orders.tax_total",
  "orders.items.*",
  "orders.shipping_methods.*",
  "orders.fulfillments.id",
  "orders.fulfillments.shipped_at",
  "orders.fulfillments.delivered_at",
  "orders.fulfillments.canceled_at",
  "orders.fulfillments.created_at",
  "orders.fulfillments.metadata",
  "orders.fulfillments.labels.tracking_number",
  "orders.fulfillments.labels.tracking_url",
  "orders.creator.id",
  "orders.creator.handle",
  "orders.creator.name",
]

/** not_fulfilled, shipped (all live fulfilments shipped), partially_shipped, delivered: what a buyer needs to know */
export function fulfillmentStatus(fulfillments: { shipped_at?: unknown; delivered_at?: unknown; canceled_at?: unknown }[] = []) {
  const live = fulfillments.filter((f) => !f.canceled_at)
  if (!live.length) return "not_fulfilled"
  if (live.every((f) => f.delivered_at)) return "delivered"
  if (live.every((f) => f.shipped_at)) return "shipped"
  return live.some((f) => f.shipped_at) ? "partially_shipped" : "fulfilled"
}

/** A fulfillment as buyers and creators see it: when it shipped, with which carrier and tracking numbers. */
export function fulfillmentView(f: any) {
  const labels: any[] = f.labels ?? []
  return {
    id: f.id,
    created_at: f.created_at,
    shipped_at: f.shipped_at,
    delivered_at: f.delivered_at,
    canceled_at: f.canceled_at,
    carrier: f.metadata?.carrier ?? null,
    tracking_numbers: labels.map((l) => l.tracking_number),
    tracking_url: labels.find((l) => l.tracking_url)?.tracking_url ?? null,
  }
}

type Confirmation = { order_id: string; line_item_id: string; service_date: string; note: string | null }
type Refund = { order_id: string; line_item_id: string | null; quantity: number; amount: unknown }

/** What refunds and cancellations gave back of an order, in all and per line (docs/decisions/055). */
export function refundedOf(orderId: string, refunds: Refund[]) {
  const own = refunds.filter((r) => r.order_id === orderId)
  const cents = (n: unknown) => Math.round(Number(n) * 100)
  const lines: Record<string, { quantity: number; amount: number }> = {}
  for (const r of own) {
    if (!r.line_item_id) continue
    const line = (lines[r.line_item_id] ??= { quantity: 0, amount: 0 })
    line.quantity += Number(r.quantity)
    line.amount = (cents(line.amount) + cents(r.amount)) / 100
  }
  return { refunded_total: own.reduce((sum, r) => sum + cents(r.amount), 0) / 100, refunded_lines: lines }
}

function view(group: any, confirmations: Confirmation[], refunds: Refund[]) {
  const { customer_id: _customer, orders, ...rest } = group
  const refunded = (orders ?? []).reduce((sum: number, o: any) => sum + Math.round(refundedOf(o.id, refunds).refunded_total * 100), 0)
  return {
    ...rest,
    refunded_total: refunded / 100,
    orders: (orders ?? [])
      .sort((a: any, b: any) => a.display_id - b.display_id)
      .map((order: any) => ({
        id: order.id,
        display_id: order.display_id,
        status: order.status,
        payment_status: group.payment_status,
        fulfillment_status: fulfillmentStatus(order.fulfillments ?? []),
        total: order.total,
        subtotal: order.subtotal,
        shipping_total: order.shipping_total,
        tax_total: order.tax_total,
        creator: order.creator ? { id: order.creator.id, handle: order.creator.handle, name: order.creator.name } : null,
        // money given back (a cancellation gives back everything paid); per line: units and amount
        ...refundedOf(order.id, refunds),
        items: order.items,
        shipping_methods: order.shipping_methods,
        // the parcels the creator sent (cancelled ones left out) and the dates they confirmed services for
        fulfillments: (order.fulfillments ?? []).filter((f: any) => !f.canceled_at).map(fulfillmentView),
        service_confirmations: confirmations
          .filter((c) => c.order_id === order.id)
          .map(({ line_item_id, service_date, note }) => ({ line_item_id, service_date, note })),
      })),
  }
}

/** Order groups as the buyer sees them, newest first, with the count for pagination. */
export async function listOrderGroups(container: MedusaContainer, filters: Record<string, unknown>, page = { skip: 0, take: 20 }) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "order_group",
    fields: GROUP_FIELDS,
    filters,
    pagination: { ...page, order: { created_at: "DESC" } },
  })
  const orderIds = data.flatMap((group: any) => (group.orders ?? []).map((order: any) => order.id))
  const { data: confirmations } = orderIds.length
    ? await query.graph({
        entity: "service_confirmation",
        fields: ["order_id", "line_item_id", "service_date", "note"],
        filters: { order_id: orderIds },
      })
    : { data: [] }
  const { data: refunds } = orderIds.length
    ? await query.graph({
        entity: "creator_refund",
        fields: ["order_id", "line_item_id", "quantity", "amount"],
        filters: { order_id: orderIds },
      })
    : { data: [] }
  return {
    order_groups: data.map((group: any) => view(group, confirmations as Confirmation[], refunds as Refund[])),
    count: metadata?.count ?? data.length,
  }
}
