import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { loadOrder, mailBuyer, mailLines } from "../notifications/orders"

/** Tells the buyer that a shop shipped: carrier and tracking number from the creator's fulfillment. */
export default async function shipmentCreatedMail({
  event: { data },
  container,
}: SubscriberArgs<{ id: string; no_notification?: boolean }>) {
  if (data.no_notification) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: fulfillments } = await query.graph({
    entity: "fulfillment",
    fields: ["id", "metadata", "labels.tracking_number", "labels.tracking_url", "items.line_item_id", "order.id"],
    filters: { id: data.id },
  })
  const fulfillment = fulfillments[0] as any
  const order = fulfillment?.order?.id ? await loadOrder(container, fulfillment.order.id) : null
  if (!order) return
  const shipped = new Set((fulfillment.items ?? []).map((item: any) => item.line_item_id))
  const label = fulfillment.labels?.[0]
  await mailBuyer(container, order, {
    template: "order-shipped",
    trigger: "shipment.created",
    idempotency_key: `order-shipped:${fulfillment.id}`,
    data: {
      carrier: String(fulfillment.metadata?.carrier ?? ""),
      tracking_number: label?.tracking_number ?? "",
      tracking_url: label?.tracking_url || null,
      items: mailLines(order.items.filter((item) => shipped.has(item.id))),
    },
  })
}

export const config: SubscriberConfig = { event: "shipment.created" }
