#!/usr/bin/env node
// `npm run bench:storefront` (with `npm start` running): printed figures, no pass/fail.
//   - product page SSR: time to first byte, p50/p95 at 50 concurrent connections, next to the
//     backend's own product API call for the same product (the one the page makes) in the same run;
//     as an anonymous visitor gets it (from the page cache, app/lib/page-cache.server.ts) and
//     rendered for every request (a cookie the cache does not know makes it step aside);
//   - search page with a query and two facets, same load (cached and bypassed);
//   - image route: first transform of a 2000 px JPEG to 800 px WebP, and cache hits;
//   - JavaScript the product page transfers (gzip).
import { randomBytes } from "node:crypto"
import { readFileSync, rmSync, writeFileSync } from "node:fs"
import http from "node:http"
import path from "node:path"
import { gzipSync } from "node:zlib"
import sharp from "sharp"
import { bold, dim, fail, step } from "../lib/console.mjs"
import { dataDir } from "../lib/paths.mjs"
import { portSetting } from "../lib/ports.mjs"

const BACKEND = `http://127.0.0.1:${portSetting("PORT", 9000)}`
const STOREFRONT = `http://127.0.0.1:${portSetting("STOREFRONT_PORT", 3000)}`
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
// it measures the marketplace `npm start` runs: say so instead of a stack trace when it is not up
const up = async (url) => (await fetch(url).catch(() => null))?.ok ?? false
if (!(await up(`${BACKEND}/health`)) || !(await up(`${STOREFRONT}/robots.txt`))) {
  fail(`bench:storefront measures a running marketplace: start it with \`npm start\` in another terminal, wait for
  "Creative Market is running", then run this again (looked for the backend at ${BACKEND} and the storefront at ${STOREFRONT}).`)
  process.exit(1)
}
const facts = JSON.parse(readFileSync(path.join(dataDir, "storefront.json"), "utf8"))
const key = facts.publishable_key

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN
}

/** `connections` keep-alive clients requesting `url` for `seconds`; time to first byte and to the last byte. */
async function load(url, { headers = {}, connections = CONNECTIONS, seconds = SECONDS } = {}) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections })
  const ttfb = []
  const total = []
  const statuses = new Map()
  const deadline = Date.now() + seconds * 1000
  const one = () =>
    new Promise((resolve) => {
      const started = performance.now()
      const request = http.get(url, { agent, headers }, (response) => {
        ttfb.push(performance.now() - started)
        const state = `${response.statusCode}${response.headers["x-page-cache"] ? ` ${response.headers["x-page-cache"]}` : ""}`
        statuses.set(state, (statuses.get(state) ?? 0) + 1)
        response.on("data", () => {})
        response.on("end", () => (total.push(performance.now() - started), resolve()))
      })
      request.on("error", () => resolve())
    })
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < deadline) await one()
    }),
  )
  agent.destroy()
  return { ttfb, total, statuses, rps: total.length / seconds }
}

const fmt = (ms) => `${ms.toFixed(1).padStart(8)} ms`
function row(label, result) {
  const codes = [...result.statuses].map(([code, n]) => `${code}×${n}`).join(" ")
  console.log(
    `${label.padEnd(52)} TTFB p50 ${fmt(percentile(result.ttfb, 50))}  p95 ${fmt(percentile(result.ttfb, 95))}   full p95 ${fmt(percentile(result.total, 95))}  ${result.rps.toFixed(0).padStart(5)} req/s  ${dim(codes)}`,
  )
}

const storeHeaders = { "x-publishable-api-key": key }
const { products } = await (await fetch(`${BACKEND}/store/products?limit=1&fields=handle,thumbnail`, { headers: storeHeaders })).json()
const product = products[0]
const region = facts.regions?.azerbaijan
const apiUrl =
  `${BACKEND}/store/products?` +
  new URLSearchParams({
    handle: product.handle,
    region_id: region,
    locale: "az",
    limit: "1",
    fields:
      "id,title,subtitle,handle,description,thumbnail,created_at,*images,*options,*options.values,*variants,*variants.options,*variants.calculated_price,+variants.inventory_quantity,*categories,*collection",
  })
const pageUrl = `${STOREFRONT}/az/products/${product.handle}`
const searchUrl = `${STOREFRONT}/az/search?q=xalca&kind=physical&programme=crafts`

step(`Warming up ${dim(`(${product.handle})`)}`)
await load(pageUrl, { connections: 5, seconds: 2 })
await load(searchUrl, { connections: 5, seconds: 2 })

step(`Load: ${CONNECTIONS} connections, ${SECONDS} s each`)
const api = await load(apiUrl, { headers: storeHeaders })
const page = await load(pageUrl)
// any cookie but the language one is a visitor the page cache must not answer: every request is rendered
const uncached = await load(pageUrl, { headers: { cookie: "bench=uncached" } })
const search = await load(searchUrl)
const searchUncached = await load(searchUrl, { headers: { cookie: "bench=uncached" } })

step("Image route")
const name = `bench-${randomBytes(4).toString("hex")}`
const uploads = path.join(dataDir, "uploads")
const firsts = []
for (let i = 0; i < 5; i++) {
  const file = `${name}-${i}.jpg`
  const jpeg = await sharp({ create: { width: 2000, height: 1500, channels: 3, background: { r: 120 + i, g: 40, b: 60 } } })
    .composite([{ input: Buffer.from(`<svg width="2000" height="1500"><circle cx="1000" cy="750" r="600" fill="#d98a1c"/></svg>`) }])
    .jpeg({ quality: 85 })
    .toBuffer()
  writeFileSync(path.join(uploads, file), jpeg)
  const url = `${STOREFRONT}/images?${new URLSearchParams({ src: `${BACKEND.replace("127.0.0.1", "localhost")}/static/${file}`, w: "800", f: "webp" })}`
  const started = performance.now()
  const response = await fetch(url)
  await response.arrayBuffer()
  firsts.push({ ms: performance.now() - started, status: response.status, url })
}
const hits = await load(firsts[0].url, { connections: 10, seconds: 5 })
for (let i = 0; i < 5; i++) rmSync(path.join(uploads, `${name}-${i}.jpg`), { force: true })

step("Product page JavaScript")
const html = await (await fetch(pageUrl)).text()
const scripts = [...new Set([...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]))]
let gzipped = 0
let raw = 0
for (const src of scripts) {
  const body = Buffer.from(await (await fetch(`${STOREFRONT}${src}`)).arrayBuffer())
  raw += body.length
  gzipped += gzipSync(body, { level: 9 }).length
}

console.log(`
${bold("Storefront benchmark")} ${dim(`(${CONNECTIONS} connections, ${SECONDS} s per row, ${new Date().toISOString()})`)}`)
row("backend GET /store/products?handle= (API)", api)
row("storefront product page SSR", page)
row("storefront product page SSR, page cache bypassed", uncached)
row("storefront search page (q + 2 facets)", search)
row("storefront search page, page cache bypassed", searchUncached)
console.log(
  `${"SSR overhead (product page p95 / API p95)".padEnd(52)} ${(percentile(page.ttfb, 95) / percentile(api.ttfb, 95)).toFixed(2)}×, rendered every time ${(percentile(uncached.ttfb, 95) / percentile(api.ttfb, 95)).toFixed(2)}×`,
)
console.log(
  `${"image route, first transform 2000→800 WebP".padEnd(52)} ${firsts.map((f) => `${f.ms.toFixed(0)} ms${f.status === 200 ? "" : ` (${f.status})`}`).join(", ")}`,
)
row("image route, cache hit (10 connections)", hits)
console.log(
  `${"product page JavaScript".padEnd(52)} ${(gzipped / 1024).toFixed(1)} kB gzip (${(raw / 1024).toFixed(1)} kB raw, ${scripts.length} files)`,
)
