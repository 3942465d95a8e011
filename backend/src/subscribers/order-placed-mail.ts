import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { addressLines, loadOrder, mailLines, mailShop, studioOrderUrl } from "../notifications/orders"
import { checkoutsSettled } from "@creative-market/marketplace-orders/utils/checkout-turns"

/** Tells a shop about its part of a purchase (the split checkout emits `order.placed` once per creator order). */
export default async function orderPlacedMail({ event: { data }, container }: SubscriberArgs<{ id: string }>) {
  await checkoutsSettled()
  const order = await loadOrder(container, data.id)
  if (!order) return
  const physical = order.items.some((item) => item.requires_shipping)
  await mailShop(container, order.creator, {
    template: "order-placed",
    idempotency_key: `order-placed:${order.id}`,
    resource: { id: order.id, type: "order" },
    trigger: "order.placed",
    data: {
      display_id: order.display_id,
      currency_code: order.currency_code,
      total: order.total,
      items: mailLines(order.items),
      shipping_address: physical ? addressLines(order.shipping_address) : null,
      studio_url: studioOrderUrl(order.id),
    },
  })
}

export const config: SubscriberConfig = { event: "order.placed" }
