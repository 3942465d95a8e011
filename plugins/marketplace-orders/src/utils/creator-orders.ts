import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { getLastPaymentStatus } from "@medusajs/medusa/core-flows"
import CreatorOrderLink from "../links/creator-order"
import { loadOrderEarnings } from "./order-earnings"
import { fulfillmentStatus, fulfillmentView } from "./order-group-view"

const ORDER_FIELDS = [
  "id",
  "display_id",
  "status",
  "email",
  "currency_code",
  "created_at",
  "total",
  "subtotal",
  "shipping_total",
  "tax_total",
  "items.*",
  "shipping_methods.*",
  "shipping_address.*",
  "fulfillments.id",
  "fulfillments.created_at",
  "fulfillments.shipped_at",
  "fulfillments.delivered_at",
  "fulfillments.canceled_at",
  "fulfillments.metadata",
  "fulfillments.labels.tracking_number",
  "fulfillments.labels.tracking_url",
  "order_group.id",
  "order_group.display_id",
  "order_group.payment_status",
  "payment_collections.status",
  "payment_collections.amount",
  "payment_collections.captured_amount",
  "payment_collections.refunded_amount",
]

/** The ids of a creator's orders (the creator ↔ order link). */
export async function creatorOrderIds(container: MedusaContainer, creatorId: string, orderIds?: string[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: CreatorOrderLink.entryPoint,
    fields: ["order_id"],
    filters: { creator_id: creatorId, ...(orderIds ? { order_id: orderIds } : {}) },
  })
  return data.map((row: any) => row.order_id as string)
}

/** 404 unless the order is the creator's: another shop's order looks exactly like a missing one. */
export async function assertCreatorOrder(container: MedusaContainer, creatorId: string, orderId: string) {
  const [found] = await creatorOrderIds(container, creatorId, [orderId])
  if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${orderId} was not found in your shop.`)
}

/**
 * The order's own payment status: its payment share (docs/decisions/027), read as Medusa's Admin
 * reads it, so a refund or cancellation of another shop's order in the same purchase does not show
 * here. An order without a share (none is made for a purchase without a payment) shows the purchase's.
 */
function paymentStatus(order: any): string {
  if (order.payment_collections?.length) return getLastPaymentStatus(order)
  return order.order_group?.payment_status ?? "not_paid"
}

function view(order: any, extras: Record<string, unknown> = {}) {
  const { order_group, fulfillments, payment_collections: _shares, ...rest } = order
  return {
    ...rest,
    payment_status: paymentStatus(order),
    fulfillment_status: fulfillmentStatus(fulfillments ?? []),
    order_group: order_group ? { id: order_group.id, display_id: order_group.display_id } : null,
    fulfillments: (fulfillments ?? []).map(fulfillmentView),
    ...extras,
  }
}

/** A page of the creator's orders, newest first. */
export async function listCreatorOrders(
  container: MedusaContainer,
  creatorId: string,
  { status, limit, offset }: { status?: string[]; limit: number; offset: number },
) {
  const ids = await creatorOrderIds(container, creatorId)
  if (!ids.length) return { orders: [], count: 0 }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "order",
    fields: ORDER_FIELDS,
    filters: { id: ids, ...(status?.length ? { status } : {}) },
    pagination: { skip: offset, take: limit, order: { created_at: "DESC" } },
  })
  return { orders: data.map((order: any) => view(order)), count: metadata?.count ?? data.length }
}

/**
 * One of the creator's orders with its digital deliveries, service confirmations and earnings
 * (lines less commission, plus their own delivery fee, less refunds: docs/decisions/040).
 */
export async function retrieveCreatorOrder(container: MedusaContainer, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: orders }, { data: downloads }, { data: confirmations }, earnings] = await Promise.all([
    query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: orderId } }),
    query.graph({
      entity: "download_grant",
      fields: ["id", "line_item_id", "max_downloads", "downloads_used", "expires_at", "created_at", "asset.filename"],
      filters: { order_id: orderId },
    }),
    query.graph({
      entity: "service_confirmation",
      fields: ["id", "line_item_id", "service_date", "note", "created_at"],
      filters: { order_id: orderId },
    }),
    loadOrderEarnings(container, orderId),
  ])
  if (!orders[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${orderId} was not found in your shop.`)
  return view(orders[0], {
    downloads: downloads.map((d: any) => ({ ...d, filename: d.asset?.filename ?? null, asset: undefined })),
    service_confirmations: confirmations,
    earnings,
  })
}
