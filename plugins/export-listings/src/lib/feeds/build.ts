import { createHash, randomBytes } from "node:crypto"
import { rm } from "node:fs/promises"
import path from "node:path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { EXPORT_LISTING_MODULE } from "../../modules/export-listing"
import type ExportListingModuleService from "../../modules/export-listing/service"
import type { FeedFormat } from "../../modules/export-listing/types"
import { productImages, readinessItem } from "../catalogue"
import { ExportEvents } from "../events"
import { imageSizes } from "../image-sizes"
import { pluginOptions } from "../options"
import { computeReadiness, type ReadinessPartner } from "../readiness"
import { GOOGLE_FOOTER, googleHeader, googleItem } from "./google-xml"
import { jsonItem } from "./json-item"
import { metaHeader, metaRow } from "./meta-csv"
import { feedPageStarts, loadFeedPage, type FeedRange } from "./catalogue-sql"
import { productOffers, type Offer } from "./offer"
import { sweepTemporaryFiles, writeSnapshot } from "./snapshot-file"

/** products per page of a build */
export const FEED_PAGE_SIZE = 250
/** pages loading at once (and so in memory) during a build */
const PAGES_IN_FLIGHT = 3
/** published snapshot files kept on disk per partner (older ones are deleted) */
const KEEP_FILES = 3

export const FEED_FILE: Record<FeedFormat, string> = { "google-xml": "feed.xml", "meta-csv": "feed.csv", json: "feed.jsonl" }

export type BuildResult = { snapshot_id: string; status: "published" | "held"; item_count: number; note: string | null }

function serializer(format: FeedFormat, channel: { title: string; link: string; description: string }) {
  if (format === "google-xml") return { header: googleHeader(channel), item: googleItem, footer: GOOGLE_FOOTER }
  if (format === "meta-csv") return { header: metaHeader(), item: metaRow, footer: "" }
  return { header: "", item: (offer: Offer) => JSON.stringify(jsonItem(offer)) + "\n", footer: "" }
}

/** For tests, benchmarks and fault drills: a source of product pages that can fail part-way. */
export type PageSource = (range: FeedRange, language: string) => Promise<any[]>

/**
 * Every published product of approved shops (or of the marketplace itself), page by page in id order
 * (one SQL statement per page of `FEED_PAGE_SIZE` products), in the partner's language and currency,
 * with its readiness for the partner's market. `PAGES_IN_FLIGHT` pages load at once on their own
 * connections (PostgreSQL runs each statement on one core) while the oldest is checked and written:
 * memory holds at most that many pages, whatever the catalogue's size.
 */
export async function* scanCatalogue(
  container: MedusaContainer,
  partner: any,
  { pages, page_size = FEED_PAGE_SIZE }: { pages?: PageSource; page_size?: number } = {},
) {
  const source: PageSource = pages ?? ((range, language) => loadFeedPage(container, range, language, partner.currency))
  const starts = await feedPageStarts(container, page_size)
  const loading: Promise<any[]>[] = []
  let next = 0
  const load = () => {
    while (loading.length < PAGES_IN_FLIGHT && next < starts.length) {
      const page = source({ after: starts[next], until: starts[next + 1] ?? null }, partner.language)
      page.catch(() => {}) // awaited in turn; a consumer that stops early leaves no unhandled rejection
      loading.push(page)
      next++
    }
  }
  load()
  while (loading.length) {
    const page = await loading.shift()!
    load()
    const sizes = await imageSizes(container, page.flatMap(productImages))
    for (const product of page) {
      if (product.creator && product.creator.status !== "approved") continue
      const readiness = computeReadiness(readinessItem(product, partner.currency, sizes), partner as ReadinessPartner)
      yield { product, readiness }
    }
  }
}

/**
 * Builds one partner's snapshot: every ready product in the partner's language and currency, streamed
 * to disk page by page, swapped in atomically. The truncation guard holds an empty snapshot, or one
 * that lost more than the partner's `max_shrink` share of items, unless an operator confirms.
 */
export async function buildPartnerFeed(
  container: MedusaContainer,
  partnerId: string,
  options: { confirm?: boolean; pages?: PageSource; page_size?: number } = {},
): Promise<BuildResult> {
  const service: ExportListingModuleService = container.resolve(EXPORT_LISTING_MODULE)
  const settings = pluginOptions(container)
  const partner = await service.retrievePartner(partnerId)
  const dir = path.join(settings.feeds_dir, partner.id)
  await sweepTemporaryFiles(dir)
  const build = `${Date.now().toString(36)}-${randomBytes(4).toString("hex")}`
  const context = {
    storefront_url: settings.storefront_url,
    language: partner.language,
    currency: partner.currency,
    market_country: partner.market_country,
  }
  const format = serializer(partner.format as FeedFormat, {
    title: `Creative Market – ${partner.name}`,
    link: settings.storefront_url,
    description: `Export catalogue for ${partner.market_country} in ${partner.currency.toUpperCase()} (${partner.language})`,
  })
  let count = 0

  async function* chunks() {
    yield format.header
    for await (const { product, readiness } of scanCatalogue(container, partner, options)) {
      if (!readiness.ready) continue
      // Google and Meta keep sold-out items listed as out of stock (their guidance: removing and
      // re-adding an item restarts its review); the JSON change feed turns them into tombstones
      const offers = productOffers(product, context).filter((offer) => partner.format !== "json" || offer.availability === "in_stock")
      for (const offer of offers) {
        count++
        yield format.item(offer)
      }
      if (partner.format === "json") {
        const changes = offers.map((offer) => {
          const payload = jsonItem(offer)
          return { item_id: offer.id, hash: createHash("sha1").update(JSON.stringify(payload)).digest("hex"), payload }
        })
        await service.upsertFeedItems(partner.id, build, changes)
      }
    }
    yield format.footer
  }

  const file = await writeSnapshot(dir, `${build}-${FEED_FILE[partner.format as FeedFormat]}`, chunks())
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
    if (partner.format === "json") await service.tombstoneUnseenFeedItems(partner.id, build)
    await events.emit({ name: ExportEvents.FEED_PUBLISHED, data: { id: partner.id, snapshot_id: snapshot.id, item_count: count } })
    await pruneOldFiles(service, partner.id)
  }
  container.resolve(ContainerRegistrationKeys.LOGGER).info(`export feed ${partner.name}: ${count} items, ${note ? "held" : "published"}`)
  return { snapshot_id: snapshot.id, status: note ? "held" : "published", item_count: count, note }
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
