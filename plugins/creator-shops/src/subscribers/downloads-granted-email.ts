import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ListingEvents } from "../modules/listing/types"
import { sendDownloadLinksWorkflow } from "../workflows/send-download-links"

export default async function downloadsGrantedEmail({ event, container }: SubscriberArgs<{ order_id: string }>) {
  await sendDownloadLinksWorkflow(container).run({ input: { order_id: event.data.order_id } })
}

export const config: SubscriberConfig = {
  event: ListingEvents.DOWNLOADS_GRANTED,
  context: { subscriberId: "creator-shops-download-links-email" },
}
