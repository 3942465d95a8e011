#!/usr/bin/env node
// `npm run bench:feeds`: the Google XML snapshot pipeline (offers → XML → streamed file + gzip copy,
// strong ETag) for BENCH_FEED_ITEMS synthetic products (default 100,000; two variants each), with
// items/s and peak RSS; then gzip read-back MB/s. Needs `npm run build` first (it uses the plugin's
// build). It does not read the database: the database read, the COPY baseline, 304 p95 over HTTP and
// the incremental figure are not measured yet (see docs/decisions/013).
import { mkdtempSync, rmSync, statSync, createReadStream } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { createGunzip } from "node:zlib"
import { pipeline } from "node:stream/promises"
import { Writable } from "node:stream"
import { createRequire } from "node:module"

const require = createRequire(import.meta.url)
const { googleHeader, googleItem, GOOGLE_FOOTER } = require("@creative-market/export-listings/lib/feeds/google-xml")
const { productOffers } = require("@creative-market/export-listings/lib/feeds/offer")
const { writeSnapshot } = require("@creative-market/export-listings/lib/feeds/snapshot-file")

const ITEMS = Number(process.env.BENCH_FEED_ITEMS ?? 100_000)
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
