import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { loadOrder } from "../notifications/orders"
import { sendMail } from "../notifications/send-mail"

/** Tells the buyer a shop's order was cancelled. */
export default async function creatorOrderCanceledMail({ event: { data }, container }: SubscriberArgs<{ order_id: string }>) {
  const order = await loadOrder(container, data.order_id)
  if (!order?.email) return
  await sendMail(container, {
    to: order.email,
    template: "order-canceled",
    idempotency_key: `order-canceled:${order.id}`,
    resource: { id: order.id, type: "order" },
    trigger: "creator_order.canceled",
    data: { locale: order.buyer_locale, display_id: order.display_id, shop_name: order.creator?.name ?? "Creative Market" },
  })
}

export const config: SubscriberConfig = { event: "creator_order.canceled" }
