import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { scheduleRebuild } from "../lib/feeds/rebuild"
import { ExportEvents } from "../lib/events"

/** Catalogue changes that can change a feed rebuild every partner's feed, debounced. */
export default async function rebuildExportFeeds({ container }: SubscriberArgs) {
  scheduleRebuild(container)
}

export const config: SubscriberConfig = {
  event: [
    "product.created",
    "product.updated",
    "product.deleted",
    "product-variant.created",
    "product-variant.updated",
    "product-variant.deleted",
    "creator.updated",
    "creator.status_changed",
    ExportEvents.PROFILE_UPDATED,
  ],
}
