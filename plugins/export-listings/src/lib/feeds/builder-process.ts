import { Client, type ClientConfig } from "pg"
import type { FeedFormat } from "../../modules/export-listing/types"
import type { ReadinessPartner } from "../readiness"
import { feedCandidates } from "./candidates"
import { ChangeFeedDiff, type FeedItemChange } from "./change-feed"
import { GOOGLE_FOOTER, googleHeader, googleItem } from "./google-xml"
import { jsonItem } from "./json-item"
import { metaHeader, metaRow } from "./meta-csv"
import { productOffers, type Offer } from "./offer"
import { scanCatalogue, type ImageSize } from "./scan"
import { writeSnapshot } from "./snapshot-file"

/**
 * The feed builder: a small Node process the backend forks for each snapshot build (ADR 031), so the
 * build's memory is this process's (~60 MB) and not the backend's (~380 MB with Medusa loaded). It
 * loads only pg, the catalogue statement, readiness and the serialisers; everything it needs comes in
 * the `build` message (no environment, no Medusa container). It streams the catalogue through a
 * cursor and writes the snapshot file; the backend keeps the rest (image measuring, the JSON change
 * feed's rows, the truncation guard, the records and the swap), asked for over the IPC channel.
 */

export type BuildJob = {
  /** pg client settings: the backend's own database connection */
  database: { connectionString?: string; ssl?: ClientConfig["ssl"]; password?: string; options?: string }
  partner: ReadinessPartner & { id: string; name: string; language: string }
  storefront_url: string
  /** snapshot directory and file name */
  dir: string
  name: string
  /** products per cursor fetch */
  batch: number
}

/** What the builder says to the backend (`id`: a request the backend answers with the same id). */
export type BuilderMessage =
  | { type: "measure"; id: number; urls: string[] }
  | { type: "items"; id: number; items: FeedItemChange[] }
  | { type: "progress"; id: number; products: number; rss_mb: number }
  | {
      type: "done"
      file: string
      etag: string
      bytes: number
      item_count: number
      rss_peak_mb: number
      /** CPU seconds the builder used (its thread and zlib's), for benchmarks on a shared machine */
      cpu_seconds: number
      /** JSON change feed: the partner's live items this build did not produce (tombstones once published) */
      unseen: string[]
    }
  | { type: "failed"; message: string }

/** JSON change feed rows sent to the backend per message */
const ITEMS_PER_MESSAGE = 500

export function serializer(format: FeedFormat, channel: { title: string; link: string; description: string }) {
  if (format === "google-xml") return { header: googleHeader(channel), item: googleItem, footer: GOOGLE_FOOTER }
  if (format === "meta-csv") return { header: metaHeader(), item: metaRow, footer: "" }
  return { header: "", item: (offer: Offer) => JSON.stringify(jsonItem(offer)) + "\n", footer: "" }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024)

let sequence = 0
const waiting = new Map<number, (answer: any) => void>()

/** Asks the backend and waits for its answer (one message each way). */
function ask(message: DistributiveOmit<Exclude<BuilderMessage, { type: "done" | "failed" }>, "id">): Promise<any> {
  const id = ++sequence
  return new Promise((resolve) => {
    waiting.set(id, resolve)
    process.send!({ ...message, id })
  })
}

async function build(job: BuildJob): Promise<BuilderMessage> {
  const { partner } = job
  // two connections: the database reads the next range of the catalogue while this process writes the current one
  const clients = [new Client(job.database as ClientConfig), new Client(job.database as ClientConfig)]
  await Promise.all(clients.map((client) => client.connect()))
  const format = serializer(partner.format, {
    title: `Creative Market – ${partner.name}`,
    link: job.storefront_url,
    description: `Export catalogue for ${partner.market_country} in ${partner.currency.toUpperCase()} (${partner.language})`,
  })
  const context = {
    storefront_url: job.storefront_url,
    language: partner.language,
    currency: partner.currency,
    market_country: partner.market_country,
  }
  const measure = async (urls: string[]) => new Map<string, ImageSize>((await ask({ type: "measure", urls })).sizes)
  let count = 0
  let products = 0
  const diff = partner.format === "json" ? await ChangeFeedDiff.load(clients[0], partner.id) : null
  let changes: FeedItemChange[] = []
  const sendChanges = async () => {
    if (changes.length) await ask({ type: "items", items: changes })
    changes = []
  }

  async function* chunks() {
    yield format.header
    for await (const { product, readiness } of scanCatalogue(clients, partner, measure, {
      batch: job.batch,
      where: feedCandidates(partner),
    })) {
      if (++products % job.batch === 0) await ask({ type: "progress", products, rss_mb: mb(process.memoryUsage().rss) })
      if (!readiness.ready) continue
      // Google and Meta keep sold-out items listed as out of stock (their guidance: removing and
      // re-adding an item restarts its review); the JSON change feed turns them into tombstones
      let offers = productOffers(product, context)
      if (partner.format === "json") offers = offers.filter((offer) => offer.availability === "in_stock")
      for (const offer of offers) {
        count++
        const line = format.item(offer)
        yield line
        const change = diff?.change(offer.id, line)
        if (change) changes.push(change)
      }
      if (changes.length >= ITEMS_PER_MESSAGE) await sendChanges()
    }
    await sendChanges()
    yield format.footer
  }

  try {
    const file = await writeSnapshot(job.dir, job.name, chunks())
    await ask({ type: "progress", products, rss_mb: mb(process.memoryUsage().rss) })
    // maxRSS is in KiB: the builder's peak over its whole life
    const usage = process.resourceUsage()
    const done: BuilderMessage = {
      type: "done",
      ...file,
      item_count: count,
      rss_peak_mb: Math.round(usage.maxRSS / 1024),
      cpu_seconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
      unseen: diff?.unseen() ?? [],
    }
    return done
  } finally {
    await Promise.all(clients.map((client) => client.end().catch(() => {})))
  }
}

if (process.send) {
  process.on("message", (message: any) => {
    if (message?.type === "build") {
      build(message.job).then(
        (done) => process.send!(done, undefined, {}, () => process.disconnect()),
        (error) => process.send!({ type: "failed", message: error?.message ?? String(error) }, undefined, {}, () => process.exit(1)),
      )
      return
    }
    waiting.get(message?.id)?.(message)
    waiting.delete(message?.id)
  })
  // the backend went away: a build nobody waits for stops (its temporary file is swept next time)
  process.on("disconnect", () => process.exit(0))
}
