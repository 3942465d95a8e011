#!/usr/bin/env node
// `npm run bench:feeds`: the Google XML snapshot build of BENCH_FEED_PRODUCTS generated products
// (default 100,000) against its own embedded PostgreSQL (.data/bench-feeds-postgres, BENCH_PG_PORT):
// migrate, seed, generate the catalogue (later runs reuse it), then build the feed through the real
// pipeline (a feed builder process: catalogue cursor → readiness → XML → file + gzip + ETag) with items/s
// and peak RSS (the builder's, and the backend's beside it), and
// `COPY (SELECT …) TO STDOUT` of the same rows in the same run as the baseline (goal: ≥ 30,000 items/s,
// ≤ 256 MB, within 3× of COPY). Then the built backend serves it: 304 p95 of unchanged pulls (goal
// ≤ 5 ms), a full gzip download's MB/s, and the lag until 100 product edits show in the feed
// (BENCH_PORT, default 9073). Then the serialisation alone on synthetic offers, and gzip read-back MB/s.
// FEED_BUILDER_CPU_PROF=<dir> keeps the feed builder process's V8 CPU profile there. Needs `npm run build` first.
import { mkdtempSync, rmSync, statSync, createReadStream } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { createGunzip } from "node:zlib"
import { pipeline } from "node:stream/promises"
import { Writable } from "node:stream"
import { createRequire } from "node:module"
import { bold, fail, step } from "../lib/console.mjs"
import { openBenchDatabase, startBenchBackend, stopBenchBackend } from "../lib/bench-stack.mjs"
import { measureIncremental, measureServing, settled, WARM_UP_PULLS } from "../lib/feed-serving.mjs"
import { runMedusa } from "../lib/medusa.mjs"

const ITEMS = Number(process.env.BENCH_FEED_PRODUCTS ?? 100_000)

/**
 * The database part: the build's figures (the backend's bench-feed script prints them), then with the
 * built backend started on the same database the serving figures and the incremental lag.
 */
async function databaseBuild() {
  const feedsDir = mkdtempSync(path.join(tmpdir(), "cm-feed-bench-db-"))
  const { db, env } = await openBenchDatabase({
    name: "bench-feeds",
    database: "bench",
    pgPort: 54333,
    env: { LOG_LEVEL: "info", FEEDS_REBUILD_DEBOUNCE_MS: "0", FEEDS_DIR: feedsDir },
  })
  let server
  try {
    step(`Generating ${ITEMS.toLocaleString("en")} products with export profiles (skips what exists)`)
    await runMedusa(["exec", "./src/scripts/generate-catalogue/index.js", `count=${ITEMS}`], { env, quiet: true, onLine: progressLine })
    step("Building the Google XML snapshot from the database, then COPY of the same rows")
    const output = await runMedusa(["exec", "./src/scripts/bench-feed/index.js"], { env, quiet: true, onLine: progressLine })
    const line = output.split("\n").find((l) => l.includes("bench-feed: "))
    if (!line) throw new Error("the bench-feed script printed no figures")
    const figures = JSON.parse(line.slice(line.indexOf("bench-feed: ") + "bench-feed: ".length))
    step("Serving it: conditional pulls, full gzip downloads, then 100 product edits until the feed shows them")
    // the backend as it runs for real: feeds rebuilt on catalogue events after the usual debounce
    const served = await startBenchBackend(
      { ...env, FEEDS_REBUILD_DEBOUNCE_MS: "5000", LOG_LEVEL: process.env.BENCH_BACKEND_LOG ? "info" : "warn" },
      Number(process.env.BENCH_PORT ?? 9073),
    )
    server = served.server
    figures.settled_s = await settled(server.pid)
    figures.serving = await measureServing(served.base, figures.partner_id, figures.token)
    figures.incremental = await measureIncremental(served.base, env, figures.partner_id, figures.token)
    return figures
  } finally {
    await stopBenchBackend(server)
    rmSync(feedsDir, { recursive: true, force: true })
    await db.stop()
  }
}

/** Progress lines of the generator and the build pass through; the rest of Medusa's log stays back. */
function progressLine(line) {
  if (/feed build|generate|products\/s|%/.test(line)) console.log(line)
}

const require = createRequire(import.meta.url)
const { googleHeader, googleItem, GOOGLE_FOOTER } = require("@creative-market/export-listings/lib/feeds/google-xml")
const { productOffers } = require("@creative-market/export-listings/lib/feeds/offer")
const { writeSnapshot } = require("@creative-market/export-listings/lib/feeds/snapshot-file")

const context = { storefront_url: "https://creative-market.az", language: "en", currency: "eur", market_country: "DE" }

function product(i) {
  return {
    id: `prod_${String(i).padStart(10, "0")}`,
    handle: `product-${i}`,
    title: `Hand-knotted carpet no. ${i} from Quba`,
    description: "A wool pile carpet on cotton warp, knotted by hand in Quba with natural dyes. ".repeat(4),
    updated_at: "2026-12-01T10:00:00Z",
    images: [1, 2, 3].map((n) => ({ url: `https://creative-market.az/static/product-${i}-${n}.jpg` })),
    categories: [{ handle: "carpets", name: "Carpets" }],
    creator: { handle: `creator-${i % 500}`, name: `Creator ${i % 500}` },
    listing: { kind: "physical" },
    export_profile: { weight_g: 4200, materials: ["wool"], origin_country: "AZ", hs_code: "570110", variant_overrides: [] },
    variants: ["Small", "Large"].map((title, v) => ({
      id: `variant_${i}_${v}`,
      title,
      prices: [{ amount: 120 + v * 80, currency_code: "eur", price_rules: [] }],
    })),
  }
}

/** The serialisation alone on synthetic offers (no database), run first: its RSS is this process's. */
async function serialisationAlone() {
  step("Serialisation alone (synthetic offers, no database)")
  let peak = process.memoryUsage().rss
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20)
  async function* chunks() {
    yield googleHeader({ title: "Creative Market", link: context.storefront_url, description: "bench" })
    for (let i = 0; i < ITEMS; i++) for (const offer of productOffers(product(i), context)) yield googleItem(offer)
    yield GOOGLE_FOOTER
  }

  const dir = mkdtempSync(path.join(tmpdir(), "cm-feed-bench-"))
  const started = process.hrtime.bigint()
  const file = await writeSnapshot(dir, "feed.xml", chunks())
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  clearInterval(sampler)
  const gzBytes = statSync(file.gz_file).size

  const readStart = process.hrtime.bigint()
  await pipeline(createReadStream(file.gz_file), createGunzip(), new Writable({ write: (_c, _e, cb) => cb() }))
  const readSeconds = Number(process.hrtime.bigint() - readStart) / 1e9

  console.log(`Google XML snapshot: ${ITEMS} products, ${ITEMS * 2} items`)
  console.log(
    `  build (serialise + write + gzip): ${seconds.toFixed(2)} s, ${Math.round(ITEMS / seconds)} products/s, ${Math.round((ITEMS * 2) / seconds)} items/s`,
  )
  console.log(
    `  peak RSS ${(peak / 1024 / 1024).toFixed(0)} MB; file ${(file.bytes / 1024 / 1024).toFixed(1)} MB, gzip ${(gzBytes / 1024 / 1024).toFixed(1)} MB`,
  )
  console.log(`  gunzip read-back ${(file.bytes / 1024 / 1024 / readSeconds).toFixed(0)} MB/s (uncompressed)`)
  rmSync(dir, { recursive: true, force: true })
}

await serialisationAlone()
let figures
try {
  figures = await databaseBuild()
} catch (error) {
  fail(error.stack ?? String(error))
  process.exit(1)
}
console.log(`
${bold(`Google XML snapshot from the database: ${figures.products.toLocaleString("en")} products, ${figures.items.toLocaleString("en")} items (${figures.status})`)}
  products read (those that can be ready for the partner): ${figures.candidates.toLocaleString("en")}
  build: ${figures.build_seconds.toFixed(2)} s = ${bold(Math.round(figures.items_per_second).toLocaleString("en") + " items/s")} (goal ≥ 30,000)
  CPU of the feed builder process (its thread and zlib's): ${figures.builder_cpu_seconds.toFixed(2)} s
  peak RSS of the feed builder process: ${bold(figures.rss_peak_mb + " MB")} (goal ≤ 256 MB)
  peak RSS of the backend process meanwhile: ${figures.backend_rss_peak_mb} MB (${figures.backend_rss_before_mb} MB before the build)
  builder RSS as it reads the candidates: ${figures.rss_at.map((c) => `${c.rss_mb} MB at ${c.products.toLocaleString("en")}`).join(", ")}
  COPY (SELECT …) TO STDOUT of the same rows: ${figures.copy_seconds.toFixed(2)} s, ${figures.copy_mb.toFixed(1)} MB
  build / COPY: ${bold(figures.ratio.toFixed(1) + "×")} (goal ≤ 3×)
  the backend served once idle (after ${figures.settled_s.toFixed(0)} s of its start-up work, e.g. building the search index)
  unchanged feed, ${figures.serving.not_modified.count} conditional pulls after ${WARM_UP_PULLS} unmeasured: 304 p50 ${figures.serving.not_modified.p50_ms.toFixed(1)} ms, p95 ${bold(figures.serving.not_modified.p95_ms.toFixed(1) + " ms")} (goal ≤ 5 ms)
  full gzip download: ${figures.serving.gzip_download.mb.toFixed(1)} MB in ${figures.serving.gzip_download.best_ms.toFixed(0)} ms = ${bold(figures.serving.gzip_download.mb_per_s.toFixed(0) + " MB/s")}
  incremental: ${figures.incremental.edits} product edits (one Admin batch) in the feed after ${bold(figures.incremental.lag_s.toFixed(1) + " s")} (a 5 s debounce, then the build)
`)
