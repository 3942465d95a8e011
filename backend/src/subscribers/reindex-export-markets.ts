import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ExportEvents } from "@creative-market/export-listings/lib/events"
import { Modules } from "@medusajs/framework/utils"

/**
 * A partner created or changed (market, language, currency, kinds, active) can change which markets
 * every product is export-ready for: the product index is rebuilt from its seed (into a new version
 * swapped in when complete, so search keeps answering meanwhile).
 */
export default async function reindexExportMarkets({ container }: SubscriberArgs<{ id: string }>) {
  await container.resolve(Modules.SEARCH).reindex({ index: "product" })
}

export const config: SubscriberConfig = { event: ExportEvents.PARTNER_UPDATED }
