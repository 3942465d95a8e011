import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CreatorEvents } from "../modules/creator/types"
import { notifyCreatorDecisionWorkflow } from "../workflows/notify-creator-decision"

type DecisionEvent = { id: string; to?: string; reason?: string | null }

const STATUS_BY_EVENT: Record<string, string> = {
  [CreatorEvents.APPROVED]: "approved",
  [CreatorEvents.REJECTED]: "rejected",
  [CreatorEvents.SUSPENDED]: "suspended",
}

export default async function creatorDecisionNotification({ event, container }: SubscriberArgs<DecisionEvent>) {
  await notifyCreatorDecisionWorkflow(container).run({
    input: { id: event.data.id, to: event.data.to ?? STATUS_BY_EVENT[event.name], reason: event.data.reason },
  })
}

export const config: SubscriberConfig = {
  event: Object.keys(STATUS_BY_EVENT),
  context: { subscriberId: "creator-decision-notification" },
}
