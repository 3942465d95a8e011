import type { MedusaContainer } from "@medusajs/framework/types"
import { buildAllFeeds } from "../lib/feeds/build"
import { pluginOptions } from "../lib/options"

/** Every hour, every active partner's feed is rebuilt (events rebuild sooner, see subscribers/), unless `scheduled_builds` is off. */
export default async function buildExportFeeds(container: MedusaContainer) {
  if (!pluginOptions(container).scheduled_builds) return
  await buildAllFeeds(container)
}

export const config = { name: "build-export-feeds", schedule: "17 * * * *" }
