import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { cancelOrderBookingsWorkflow } from "@creative-market/bookings/workflows"
import { revokeDownloadsWorkflow } from "@creative-market/creator-shops/workflows"

/** `creator_order.canceled` `{ order_id }` or `creator_order.refunded` (one line; `line_refunded_in_full` when nothing of it is left). */
type TakenBack = { order_id: string; line_item_id?: string; line_refunded_in_full?: boolean }

/**
 * What a cancellation or a full refund of a line takes back from the buyer (orders emit, the
 * plugins that sold the thing take it back: they meet here, docs/decisions/055): the downloads of
 * the cancelled order or refunded line are revoked, and its bookings cancelled with their slots
 * freed. A partial refund takes nothing back. The bookings are cancelled with `refund: null`, so
 * booking-cancelled-refund refunds nothing again. Both are idempotent: a redelivered event finds
 * nothing left to revoke or cancel.
 */
export default async function creatorOrderTakenBack({ event: { name, data }, container }: SubscriberArgs<TakenBack>) {
  const cancelled = name === "creator_order.canceled"
  if (!cancelled && !(data.line_refunded_in_full && data.line_item_id)) return
  const line_item_ids = cancelled ? undefined : [data.line_item_id!]
  await revokeDownloadsWorkflow(container).run({
    input: { order_id: data.order_id, line_item_ids, reason: cancelled ? "cancelled" : "refunded" },
  })
  await cancelOrderBookingsWorkflow(container).run({ input: { order_id: data.order_id, line_item_ids } })
}

export const config: SubscriberConfig = {
  event: ["creator_order.canceled", "creator_order.refunded"],
  context: { subscriberId: "creator-order-taken-back" },
}
