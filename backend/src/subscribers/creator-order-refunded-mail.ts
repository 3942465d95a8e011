import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { loadOrder, mailBuyer } from "../notifications/orders"

type Refunded = { order_id: string; amount: number; currency_code: string; refund_id?: string }

/** Tells the buyer an operator refunded (part of) a shop's order. */
export default async function creatorOrderRefundedMail({ event: { data }, container }: SubscriberArgs<Refunded>) {
  const order = await loadOrder(container, data.order_id)
  if (!order) return
  await mailBuyer(container, order, {
    template: "order-refunded",
    trigger: "creator_order.refunded",
    // two refunds of the same amount are two e-mails: only a refund id can tell a redelivery apart
    idempotency_key: data.refund_id ? `order-refunded:${data.refund_id}` : undefined,
    data: { amount: Number(data.amount), currency_code: data.currency_code ?? order.currency_code },
  })
}

export const config: SubscriberConfig = { event: "creator_order.refunded" }
