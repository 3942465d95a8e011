import { buildPartnerFeed } from "@creative-market/export-listings/lib/feeds/build"
import { feedCandidates } from "@creative-market/export-listings/lib/feeds/candidates"
import { catalogueSql } from "@creative-market/export-listings/lib/feeds/catalogue-sql"
import { EXPORT_LISTING_MODULE } from "@creative-market/export-listings/modules/export-listing"
import { rotatePartnerTokenWorkflow } from "@creative-market/export-listings/workflows"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createProgress } from "../lib/progress"
import { copyOutBytes } from "./copy-out"

const PARTNER = { name: "Bench Google DE", format: "google-xml", market_country: "DE", language: "en", currency: "eur" }
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0)

/**
 * The Google XML snapshot build against the database, timed, with the feed builder process's peak RSS
 * (and this backend process's, beside it); then `COPY (SELECT …) TO STDOUT` of the same rows (the
 * builder's catalogue statement over the partner's candidates) in the same process.
 * Prints one line `bench-feed: {json}` for scripts/bench/feeds.mjs. `medusa exec ./src/scripts/bench-feed/index.js`
 */
export default async function benchFeed({ container }: ExecArgs) {
  const service: any = container.resolve(EXPORT_LISTING_MODULE)
  const [existing] = await service.listPartners({ name: PARTNER.name })
  // created through the module, not the workflow: its event would start a product reindex that runs
  // beside the build and slows it (the partner needs no token here)
  const partner = existing ?? (await service.createPartners({ ...PARTNER, allowed_kinds: ["physical"], max_shrink: 1 }))
  // the serving benchmark pulls the feed hundreds of times a minute, with a token of its own
  await service.updatePartners({ id: partner.id, rate_limit_per_minute: 10_000 })
  const { result: token } = await rotatePartnerTokenWorkflow(container).run({ input: { partner_id: partner.id, grace_hours: 0 } })
  const [, published] = await container.resolve(Modules.PRODUCT).listAndCountProducts({ status: "published" }, { take: 1, select: ["id"] })
  // the products the build reads: those that can be ready for the partner (ADR 039)
  const candidates = feedCandidates(partner)
  const { rows } = await container
    .resolve(ContainerRegistrationKeys.PG_CONNECTION)
    .raw(`SELECT count(*)::int AS n FROM product p WHERE p.status = 'published' AND p.deleted_at IS NULL AND ${candidates}`)
  const total: number = rows[0].n

  const progress = createProgress("feed build", total)
  const before = process.memoryUsage().rss
  let peak = before
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20)
  // the builder's RSS when it has read a quarter, half and all of the catalogue: flat if memory does not grow with it
  const checkpoints = [0.25, 0.5, 1].map((share) => ({ products: Math.round(total * share), rss_mb: 0 }))
  let read = 0
  const started = process.hrtime.bigint()
  const result = await buildPartnerFeed(container, partner.id, {
    confirm: true,
    progress: ({ products, rss_mb }) => {
      progress.add(products - read)
      read = products
      for (const checkpoint of checkpoints) if (!checkpoint.rss_mb && read >= checkpoint.products) checkpoint.rss_mb = rss_mb
    },
  })
  const buildSeconds = Number(process.hrtime.bigint() - started) / 1e9
  clearInterval(sampler)
  progress.finish()

  const copyStarted = process.hrtime.bigint()
  const copyBytes = await copyOutBytes(container, catalogueSql(partner.language, partner.currency, candidates))
  const copySeconds = Number(process.hrtime.bigint() - copyStarted) / 1e9

  const figures = {
    partner_id: partner.id,
    token: token.token,
    products: published,
    candidates: total,
    items: result.item_count,
    status: result.status,
    build_seconds: buildSeconds,
    items_per_second: result.item_count / buildSeconds,
    copy_seconds: copySeconds,
    copy_mb: copyBytes / 1024 / 1024,
    ratio: buildSeconds / copySeconds,
    rss_peak_mb: result.builder_rss_peak_mb,
    builder_cpu_seconds: result.builder_cpu_seconds,
    backend_rss_before_mb: Number(mb(before)),
    backend_rss_peak_mb: Number(mb(peak)),
    rss_at: checkpoints,
  }
  // a plain stdout line (the logger would quote the JSON) that scripts/bench/feeds.mjs reads
  console.log(`bench-feed: ${JSON.stringify(figures)}`)
}
