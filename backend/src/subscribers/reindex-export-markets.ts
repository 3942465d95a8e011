import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ExportEvents } from "@creative-market/export-listings/lib/events"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { rewriteProducts } from "../search/_product-source"
import { rebuildKeepingWrites } from "../search/_rebuild-writes"

/** Partner changes within this window make one reindex (an operator setting up several partners). */
const DEBOUNCE_MS = 1_000
let timer: NodeJS.Timeout | undefined
let queue: Promise<unknown> = Promise.resolve()

/**
 * A partner created or changed (market, language, currency, kinds, active) can change which markets
 * every product is export-ready for: the product index is rebuilt from its seed (into a new version
 * swapped in when complete, so search keeps answering meanwhile), one rebuild at a time.
 */
export default async function reindexExportMarkets({ container }: SubscriberArgs<{ id: string }>) {
  clearTimeout(timer)
  timer = setTimeout(() => {
    // products written while it runs are written again into the new version (search/_rebuild-writes.ts)
    queue = queue.then(() =>
      rebuildKeepingWrites(
        "product",
        () => container.resolve(Modules.SEARCH).reindex({ index: "product" }),
        (ids) => rewriteProducts("product", ids),
      ).catch((error: Error) =>
        container.resolve(ContainerRegistrationKeys.LOGGER).error(`export markets reindex failed: ${error.message}`),
      ),
    )
  }, DEBOUNCE_MS)
  timer.unref()
}

export const config: SubscriberConfig = { event: ExportEvents.PARTNER_UPDATED }
