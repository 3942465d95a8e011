import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { loadOrder, mailBuyer, mailLines } from "../notifications/orders"

/** Tells the buyer the date a creator confirmed for a service, with the creator's note. */
export default async function serviceConfirmedMail({ event: { data }, container }: SubscriberArgs<{ id: string; order_id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: confirmations } = await query.graph({
    entity: "service_confirmation",
    fields: ["id", "line_item_id", "service_date", "note"],
    filters: { id: data.id },
  })
  const confirmation = confirmations[0] as any
  const order = confirmation ? await loadOrder(container, data.order_id) : null
  if (!order) return
  const line = order.items.find((item) => item.id === confirmation.line_item_id) ?? order.items[0]
  await mailBuyer(container, order, {
    template: "service-confirmed",
    trigger: "service.confirmed",
    idempotency_key: `service-confirmed:${confirmation.id}`,
    data: {
      service: line ? mailLines([line])[0].title : "",
      service_date: String(confirmation.service_date),
      note: confirmation.note ?? null,
    },
  })
}

export const config: SubscriberConfig = { event: "service.confirmed" }
