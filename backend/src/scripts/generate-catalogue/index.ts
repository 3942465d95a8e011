import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { batchRows } from "./batch-rows"
import { composeProduct, generatedHandle } from "./compose"
import { parseGeneratorArgs } from "./config"
import { loadContext } from "./context"
import { createProgress } from "../lib/progress"
import { reindexProducts } from "../reindex"
import { writeBatchWithServices } from "./write-batch-services"
import { checkSchema, writeBatchWithSql } from "./write-batch-sql"

/** Numbers 1..size whose product `gen-<n>` does not exist yet: a re-run continues where the last stopped. */
async function missingNumbers(container: MedusaContainer, size: number) {
  const existing = await container.resolve(Modules.PRODUCT).listProducts({ handle: { $like: "gen-%" } }, { select: ["handle"], take: null })
  const known = new Set(existing.map((product) => product.handle))
  const missing: number[] = []
  for (let n = 1; n <= size; n++) if (!known.has(generatedHandle(n))) missing.push(n)
  return { missing, existing: size - missing.length }
}

/**
 * Adds `count` (default 50,000) synthetic products `gen-1`…`gen-N` in az/en/ru across the seed's
 * categories and shops, for search benchmarks. Run after the demo seed:
 * `npx medusa exec ./src/scripts/generate-catalogue/index.ts count=50000` (or `npm run generate:catalogue`).
 */
export default async function generateCatalogue({ container, args }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const config = parseGeneratorArgs(args)
  const context = await loadContext(container)
  const { missing, existing } = await missingNumbers(container, config.count)
  logger.info(
    `generate: ${existing.toLocaleString("en")} of ${config.count.toLocaleString("en")} products exist; adding ${missing.length.toLocaleString("en")} in batches of ${config.batch} (${config.writer} writer)`,
  )
  if (!missing.length) {
    if (config.reindex) await reindexProducts(container)
    return
  }

  const writeBatch = config.writer === "sql" ? writeBatchWithSql : writeBatchWithServices
  if (config.writer === "sql") {
    // a sample large enough to hold every kind of row (physical goods add the shipping-profile link)
    await checkSchema(
      container,
      batchRows(
        missing.slice(0, 50).map((n) => ({ n, product: composeProduct(n) })),
        context,
      ),
    )
  }
  const progress = createProgress("generate", missing.length)
  for (let i = 0; i < missing.length; i += config.batch) {
    const batch = missing.slice(i, i + config.batch).map((n) => ({ n, product: composeProduct(n) }))
    await writeBatch(container, batch, context)
    progress.add(batch.length)
  }
  const { seconds, rate } = progress.finish()
  logger.info(`generate: added ${missing.length.toLocaleString("en")} products in ${seconds.toFixed(1)} s (${rate.toFixed(0)} products/s)`)
  if (config.reindex) await reindexProducts(container)
  else
    logger.info(
      "generate: the search indexes do not have these products yet: run again with --reindex, or `npm run reindex`, or reindex in the Admin",
    )
}
