import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { scheduleRebuild } from "../lib/feeds/rebuild"
import { PRODUCT_VIEW_EVENTS } from "../lib/events"

/** Catalogue changes that can change a feed rebuild every partner's feed, debounced. */
export default async function rebuildExportFeeds({ container }: SubscriberArgs) {
  scheduleRebuild(container)
}

export const config: SubscriberConfig = { event: PRODUCT_VIEW_EVENTS }
