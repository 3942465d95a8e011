import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CreatorEvents, type CreatorStatusEventData } from "../modules/creator/types"
import { notifyCreatorDecisionWorkflow } from "../workflows/notify-creator-decision"

export default async function creatorDecisionNotification({ event, container }: SubscriberArgs<CreatorStatusEventData>) {
  await notifyCreatorDecisionWorkflow(container).run({
    input: { id: event.data.id, to: event.data.to, reason: event.data.reason },
  })
}

export const config: SubscriberConfig = {
  event: [CreatorEvents.APPROVED, CreatorEvents.REJECTED, CreatorEvents.SUSPENDED],
  context: { subscriberId: "creator-decision-notification" },
}
