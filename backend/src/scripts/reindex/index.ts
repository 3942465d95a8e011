import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { seedProgress } from "../../search/_seed-progress"
import { createProgress } from "../lib/progress"

/**
 * Rebuilds a product search index from the database (a new version, swapped in when complete:
 * the store keeps searching the old one meanwhile), with a progress line; prints documents/s.
 * `npm run reindex`, or `npx medusa exec ./src/scripts/reindex/index.ts [index…]`.
 */
export async function reindexProducts(container: MedusaContainer, index = "product") {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  if (!container.hasRegistration(Modules.SEARCH)) {
    logger.warn("reindex: no Search Module is registered; nothing to do")
    return null
  }
  const [, total] = await container.resolve(Modules.PRODUCT).listAndCountProducts({}, { take: 1, select: ["id"] })
  logger.info(`reindex: rebuilding the "${index}" index (${total.toLocaleString("en")} products)`)
  const progress = createProgress(`reindex ${index}`, total)
  const onDocuments = ({ count }: { count: number }) => progress.add(count)
  seedProgress.on("documents", onDocuments)
  try {
    await container.resolve(Modules.SEARCH).reindex({ index, strategy: "swap" })
  } finally {
    seedProgress.off("documents", onDocuments)
  }
  const { seconds, rate, done } = progress.finish()
  // the process's high-water mark (Linux reports it in KiB): what the rebuild held at its worst
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024)
  logger.info(
    `reindex: "${index}": ${done.toLocaleString("en")} documents of ${total.toLocaleString("en")} products in ${seconds.toFixed(1)} s (${rate.toFixed(0)} documents/s, peak RSS ${peakRssMb} MB)`,
  )
  return { total, documents: done, seconds, rate, peakRssMb }
}

export default async function reindex({ container, args }: ExecArgs) {
  for (const index of args?.length ? args : ["product"]) await reindexProducts(container, index)
}
