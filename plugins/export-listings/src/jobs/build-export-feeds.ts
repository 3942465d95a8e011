import type { MedusaContainer } from "@medusajs/framework/types"
import { buildAllFeeds } from "../lib/feeds/build"

/** Every hour, every active partner's feed is rebuilt (events rebuild sooner, see subscribers/). */
export default async function buildExportFeeds(container: MedusaContainer) {
  await buildAllFeeds(container)
}

export const config = { name: "build-export-feeds", schedule: "17 * * * *" }
