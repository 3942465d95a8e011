import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { scheduleRebuild } from "../lib/feeds/rebuild"
import { ExportEvents, PRODUCT_VIEW_EVENTS } from "../lib/events"

/**
 * Catalogue changes that can change a feed rebuild every partner's feed, debounced; so does a partner
 * created or changed (its first feed, or its feed in the new market, language or currency).
 */
export default async function rebuildExportFeeds({ container }: SubscriberArgs) {
  scheduleRebuild(container)
}

export const config: SubscriberConfig = { event: [...PRODUCT_VIEW_EVENTS, ExportEvents.PARTNER_UPDATED] }
