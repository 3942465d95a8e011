import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { loadOrder } from "../notifications/orders"
import { sendMail } from "../notifications/send-mail"

type Refunded = { order_id: string; amount: number; currency_code: string; refund_id?: string }

/** Tells the buyer an operator refunded (part of) a shop's order. */
export default async function creatorOrderRefundedMail({ event: { data }, container }: SubscriberArgs<Refunded>) {
  const order = await loadOrder(container, data.order_id)
  if (!order?.email) return
  await sendMail(container, {
    to: order.email,
    template: "order-refunded",
    // two refunds of the same amount are two e-mails: only a refund id can tell a redelivery apart
    idempotency_key: data.refund_id ? `order-refunded:${data.refund_id}` : undefined,
    resource: { id: order.id, type: "order" },
    trigger: "creator_order.refunded",
    data: {
      locale: order.buyer_locale,
      display_id: order.display_id,
      shop_name: order.creator?.name ?? "Creative Market",
      amount: Number(data.amount),
      currency_code: data.currency_code ?? order.currency_code,
    },
  })
}

export const config: SubscriberConfig = { event: "creator_order.refunded" }
