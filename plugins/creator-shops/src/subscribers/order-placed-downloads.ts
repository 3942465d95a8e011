import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { grantDownloadsWorkflow } from "../workflows/grant-downloads"

export default async function orderPlacedDownloads({ event, container }: SubscriberArgs<{ id: string }>) {
  await grantDownloadsWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "creator-shops-digital-downloads" },
}
