import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { loadOrder, mailBuyer } from "../notifications/orders"

/** Tells the buyer a shop's order was cancelled. */
export default async function creatorOrderCanceledMail({ event: { data }, container }: SubscriberArgs<{ order_id: string }>) {
  const order = await loadOrder(container, data.order_id)
  if (!order) return
  await mailBuyer(container, order, {
    template: "order-canceled",
    trigger: "creator_order.canceled",
    idempotency_key: `order-canceled:${order.id}`,
    data: {},
  })
}

export const config: SubscriberConfig = { event: "creator_order.canceled" }
