import { fork, type ChildProcess } from "node:child_process"
import { randomBytes } from "node:crypto"
import { rm } from "node:fs/promises"
import path from "node:path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { EXPORT_LISTING_MODULE } from "../../modules/export-listing"
import type ExportListingModuleService from "../../modules/export-listing/service"
import type { FeedFormat } from "../../modules/export-listing/types"
import { ExportEvents } from "../events"
import { imageSizes } from "../image-sizes"
import { pluginOptions } from "../options"
import type { ReadinessPartner } from "../readiness"
import type { BuilderMessage, BuildJob } from "./builder-process"
import { builderDatabase } from "./catalogue-client"
import { sweepTemporaryFiles } from "./snapshot-file"

/** products per cursor fetch of a build (and per progress report) */
export const FEED_BATCH = 1000
/** published snapshot files kept on disk per partner (older ones are deleted) */
const KEEP_FILES = 3

export const FEED_FILE: Record<FeedFormat, string> = { "google-xml": "feed.xml", "meta-csv": "feed.csv", json: "feed.jsonl" }

export type BuildResult = {
  snapshot_id: string
  status: "published" | "held"
  item_count: number
  note: string | null
  /** the builder process's peak resident memory */
  builder_rss_peak_mb: number
  /** the builder process's CPU seconds (its thread and zlib's) */
  builder_cpu_seconds: number
}

export type BuildProgress = { products: number; rss_mb: number }

export type BuildOptions = {
  confirm?: boolean
  /** products per cursor fetch and progress report */
  batch?: number
  /** called as the builder reads the catalogue; the builder waits for it (benchmarks, fault drills) */
  progress?: (progress: BuildProgress, builder: ChildProcess) => void | Promise<void>
}

type Done = Extract<BuilderMessage, { type: "done" }>

/**
 * Runs the snapshot file's build in a feed builder process (builder-process.ts) and answers what it
 * asks: image sizes (File module, sharp) and the JSON change feed's rows. Settles when the builder
 * has finished the file, or rejects when it fails or dies (killed, out of memory): a builder that
 * dies leaves only a temporary file, swept by the next build.
 */
function runBuilder(container: MedusaContainer, job: BuildJob, build: string, options: BuildOptions): Promise<Done> {
  const service: ExportListingModuleService = container.resolve(EXPORT_LISTING_MODULE)
  // execArgv: none of the backend's own flags (loaders, inspector, heap size) apply to the builder;
  // FEED_BUILDER_CPU_PROF=<dir> writes its V8 CPU profile there (benchmarks: where a build's time goes)
  const profile = process.env.FEED_BUILDER_CPU_PROF
  const execArgv = profile ? ["--cpu-prof", "--cpu-prof-dir", path.resolve(profile)] : []
  const builder = fork(path.join(__dirname, "builder-process.js"), [], { execArgv, stdio: ["ignore", "inherit", "inherit", "ipc"] })
  const answer = (message: object) => builder.connected && builder.send(message)
  return new Promise((resolve, reject) => {
    let done: Done | undefined
    let failure: Error | undefined
    builder.on("message", async (message: BuilderMessage & { id?: number }) => {
      try {
        if (message.type === "measure") {
          const sizes = await imageSizes(container, message.urls)
          answer({ id: message.id, sizes: [...sizes].map(([url, size]) => [url, { width: size.width, height: size.height }]) })
        } else if (message.type === "items") {
          await service.upsertFeedItems(job.partner.id, build, message.items)
          answer({ id: message.id })
        } else if (message.type === "progress") {
          await options.progress?.({ products: message.products, rss_mb: message.rss_mb }, builder)
          answer({ id: message.id })
        } else if (message.type === "done") done = message
        else if (message.type === "failed") failure = new Error(message.message)
      } catch (error) {
        failure = error as Error
        builder.kill()
      }
    })
    builder.on("error", (error) => (failure ??= error))
    builder.on("close", (code, signal) => {
      if (done && !failure) resolve(done)
      else reject(failure ?? new Error(`the feed builder stopped (${signal ?? `exit code ${code}`}) before the snapshot was complete`))
    })
    answer({ type: "build", job })
  })
}

/**
 * Builds one partner's snapshot: every ready product in the partner's language and currency, streamed
 * to disk by a feed builder process, swapped in atomically. The truncation guard holds an empty
 * snapshot, or one that lost more than the partner's `max_shrink` share of items, unless an operator confirms.
 */
export async function buildPartnerFeed(container: MedusaContainer, partnerId: string, options: BuildOptions = {}): Promise<BuildResult> {
  const service: ExportListingModuleService = container.resolve(EXPORT_LISTING_MODULE)
  const settings = pluginOptions(container)
  const partner = await service.retrievePartner(partnerId)
  const dir = path.join(settings.feeds_dir, partner.id)
  await sweepTemporaryFiles(dir)
  const build = `${Date.now().toString(36)}-${randomBytes(4).toString("hex")}`
  const job: BuildJob = {
    database: builderDatabase(container),
    partner: {
      id: partner.id,
      name: partner.name,
      format: partner.format as FeedFormat,
      language: partner.language,
      currency: partner.currency,
      market_country: partner.market_country,
      allowed_kinds: (partner as unknown as ReadinessPartner).allowed_kinds,
      postal: (partner as unknown as ReadinessPartner).postal,
    },
    storefront_url: settings.storefront_url,
    dir,
    name: `${build}-${FEED_FILE[partner.format as FeedFormat]}`,
    batch: options.batch ?? FEED_BATCH,
  }
  const file = await runBuilder(container, job, build, options)
  const count = file.item_count
  const [previous] = await service.listFeedSnapshots(
    { partner_id: partner.id, status: "published" },
    { order: { built_at: "DESC" }, take: 1 },
  )
  let note: string | null = null
  if (count === 0) note = "The new snapshot is empty: the last good one is still served."
  else if (previous && !options.confirm && count < previous.item_count * (1 - partner.max_shrink)) {
    note = `The new snapshot has ${count} items against ${previous.item_count} (more than ${Math.round(partner.max_shrink * 100)}% fewer): confirm it to publish.`
  }
  const snapshot = await service.createFeedSnapshots({
    partner_id: partner.id,
    status: note ? "held" : "published",
    path: file.file,
    etag: file.etag,
    item_count: count,
    bytes: file.bytes,
    note,
    built_at: new Date(),
  })
  const events = container.resolve(Modules.EVENT_BUS)
  if (note) {
    await events.emit({ name: ExportEvents.FEED_HELD, data: { id: partner.id, snapshot_id: snapshot.id, reason: note } })
  } else {
    if (partner.format === "json") await service.tombstoneFeedItems(partner.id, file.unseen)
    await events.emit({ name: ExportEvents.FEED_PUBLISHED, data: { id: partner.id, snapshot_id: snapshot.id, item_count: count } })
    await pruneOldFiles(service, partner.id)
  }
  container.resolve(ContainerRegistrationKeys.LOGGER).info(`export feed ${partner.name}: ${count} items, ${note ? "held" : "published"}`)
  return {
    snapshot_id: snapshot.id,
    status: note ? "held" : "published",
    item_count: count,
    note,
    builder_rss_peak_mb: file.rss_peak_mb,
    builder_cpu_seconds: file.cpu_seconds,
  }
}

async function pruneOldFiles(service: ExportListingModuleService, partnerId: string) {
  const snapshots = await service.listFeedSnapshots(
    { partner_id: partnerId, path: { $ne: null } },
    { order: { built_at: "DESC" }, take: 100 },
  )
  const published = snapshots.filter((s) => s.status === "published")
  const keep = new Set(published.slice(0, KEEP_FILES).map((s) => s.id))
  const old = snapshots.filter((s) => !keep.has(s.id) && (s.status !== "held" || published[0].built_at > s.built_at))
  for (const snapshot of old) {
    await rm(snapshot.path!, { force: true })
    await rm(`${snapshot.path}.gz`, { force: true })
  }
  if (old.length) await service.updateFeedSnapshots(old.map((s) => ({ id: s.id, path: null })))
}

const running = new Map<string, Promise<BuildResult>>()

/** One build per partner at a time in this process; a second call waits for the running one. */
export function buildPartnerFeedOnce(container: MedusaContainer, partnerId: string, options: { confirm?: boolean } = {}) {
  const current = running.get(partnerId)
  if (current) return current
  const promise = buildPartnerFeed(container, partnerId, options).finally(() => running.delete(partnerId))
  running.set(partnerId, promise)
  return promise
}

/** Builds every active partner's feed, one after another. */
export async function buildAllFeeds(container: MedusaContainer) {
  const service: ExportListingModuleService = container.resolve(EXPORT_LISTING_MODULE)
  const partners = await service.listPartners({ active: true }, { take: 1000 })
  const results: BuildResult[] = []
  for (const partner of partners) results.push(await buildPartnerFeedOnce(container, partner.id))
  return results
}
