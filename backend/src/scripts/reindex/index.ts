import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { seedProgress } from "../../search/_seed-progress"
import { createProgress } from "../lib/progress"

/**
 * Rebuilds the product search index from the database (a new version, swapped in when complete:
 * the store keeps searching the old one meanwhile), with a progress line; prints documents/s.
 * `npm run reindex`, or `npx medusa exec ./src/scripts/reindex/index.ts`.
 */
export async function reindexProducts(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  if (!container.hasRegistration(Modules.SEARCH)) {
    logger.warn("reindex: no Search Module is registered; nothing to do")
    return null
  }
  const { metadata } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product", fields: ["id"], pagination: { take: 1 } })
  const total = metadata?.count ?? 0
  logger.info(`reindex: rebuilding the product index (${total.toLocaleString("en")} products)`)
  const progress = createProgress("reindex", total)
  const onDocuments = ({ index, count }: { index: string; count: number }) => index === "product" && progress.add(count)
  seedProgress.on("documents", onDocuments)
  try {
    await container.resolve(Modules.SEARCH).reindex({ index: "product", strategy: "swap" })
  } finally {
    seedProgress.off("documents", onDocuments)
  }
  const { seconds, rate } = progress.finish()
  logger.info(`reindex: ${total.toLocaleString("en")} products in ${seconds.toFixed(1)} s (${rate.toFixed(0)} documents/s)`)
  return { total, seconds, rate }
}

export default async function reindex({ container }: ExecArgs) {
  await reindexProducts(container)
}
