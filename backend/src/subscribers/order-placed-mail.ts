import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { addressLines, CREATOR_LOCALE, loadOrder, mailLines, studioOrderUrl } from "../notifications/orders"
import { sendMail } from "../notifications/send-mail"

/** Tells a shop about its part of a purchase (the split checkout emits `order.placed` once per creator order). */
export default async function orderPlacedMail({ event: { data }, container }: SubscriberArgs<{ id: string }>) {
  const order = await loadOrder(container, data.id)
  if (!order?.creator?.email) return
  const physical = order.items.some((item) => item.requires_shipping)
  await sendMail(container, {
    to: order.creator.email,
    template: "order-placed",
    idempotency_key: `order-placed:${order.id}`,
    resource: { id: order.id, type: "order" },
    trigger: "order.placed",
    data: {
      locale: CREATOR_LOCALE,
      display_id: order.display_id,
      shop_name: order.creator.name,
      currency_code: order.currency_code,
      total: order.total,
      items: mailLines(order.items),
      shipping_address: physical ? addressLines(order.shipping_address) : null,
      studio_url: studioOrderUrl(order.id),
    },
  })
}

export const config: SubscriberConfig = { event: "order.placed" }
