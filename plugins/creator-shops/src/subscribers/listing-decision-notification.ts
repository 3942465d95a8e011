import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ListingEvents } from "../modules/listing/types"
import { notifyListingDecisionWorkflow } from "../workflows/notify-listing-decision"

export default async function listingDecisionNotification({ event, container }: SubscriberArgs<{ id: string; reason?: string | null }>) {
  const status = event.name === ListingEvents.APPROVED ? "approved" : "rejected"
  await notifyListingDecisionWorkflow(container).run({ input: { id: event.data.id, status, reason: event.data.reason } })
}

export const config: SubscriberConfig = {
  event: [ListingEvents.APPROVED, ListingEvents.REJECTED],
  context: { subscriberId: "listing-decision-notification" },
}
