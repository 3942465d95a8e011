#!/usr/bin/env node
// `npm run bench:store-api`: the storefront's hottest Store API reads with Medusa's Caching Module
// off and on, in one run against the same data (the demo catalogue on the bench's own embedded
// PostgreSQL, .data/bench-store-api-postgres): product by handle and a 12-product list at 1 and 50
// concurrent connections, and POST /store/search for comparison. Prints p50/p95, req/s, the
// on/off ratio and the backend's resident memory (RSS) after each phase. Figures, not a test:
// on a shared machine they move with the neighbours' load.
import { readdirSync, readFileSync, writeFileSync } from "node:fs"
import path from "node:path"
import autocannon from "autocannon"
import { bold, dim, step } from "../lib/console.mjs"
import { runBench } from "../lib/bench-stack.mjs"
import { percentile } from "./queries.mjs"

const PORT = Number(process.env.BENCH_PORT ?? 9190)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const CONNECTIONS = [1, 50]

await runBench({ name: "bench-store-api", database: "bench_store_api", pgPort: 54331 }, async ({ env, benchDir, start }) => {
  const key = JSON.parse(readFileSync(path.join(benchDir, "storefront.json"), "utf8")).publishable_key
  const base = `http://127.0.0.1:${PORT}`
  const headers = { "x-publishable-api-key": key }

  const results = {}
  for (const cache of ["off", "on"]) {
    step(`Starting the backend with the Store API cache ${bold(cache)}`)
    const { server } = await start({ ...env, STORE_API_CACHE: cache === "on" ? "true" : "false" }, PORT)
    const get = async (url) => (await fetch(`${base}${url}`, { headers })).json()
    const { regions } = await get("/store/regions")
    const region = regions.find((r) => r.currency_code === "azn") ?? regions[0]
    const {
      products: [product],
    } = await get(`/store/products?limit=1&offset=5&region_id=${region.id}`)
    const fields = "fields=*variants.calculated_price"
    const requests = {
      "product by handle": { path: `/store/products?handle=${product.handle}&region_id=${region.id}&locale=az&${fields}` },
      "12-product list": { path: `/store/products?limit=12&region_id=${region.id}&locale=az&${fields}` },
      "POST /store/search": {
        path: "/store/search",
        method: "POST",
        body: JSON.stringify({ entity: "product", filters: { q: "xalca" }, pagination: { take: 12 } }),
      },
    }
    results[cache] = { rss: [] }
    for (const [name, request] of Object.entries(requests)) {
      for (const connections of CONNECTIONS) {
        const label = `${name}, ${connections} conn.`
        step(`cache ${cache}: ${label} ${dim(`(${SECONDS} s)`)}`)
        await load(base, headers, request, Math.min(connections, 10), 2) // warm-up (fills the cache when on)
        results[cache][label] = await load(base, headers, request, connections, SECONDS)
      }
    }
    results[cache].rss = rssMb(server.pid)
  }

  // no answer at all with the cache off (a run too short for the uncached backend) has no ratio
  const ratio = (label) => (results.off[label].rps > 0 ? `${(results.on[label].rps / results.off[label].rps).toFixed(1)}×` : "n/a")
  const file = path.join(benchDir, `store-api-${new Date().toISOString().slice(0, 19).replace(/:/g, "")}.json`)
  writeFileSync(file, JSON.stringify(results, null, 2))
  const labels = Object.keys(results.on).filter((label) => label !== "rss")
  const ms = (value) => (value === undefined ? "—" : value.toFixed(1)).padStart(7)
  const cell = (r) => `${ms(r.p50)} ${ms(r.p95)} ${r.rps.toFixed(0).padStart(7)}`
  const head = `${"p50 ms".padStart(7)} ${"p95 ms".padStart(7)} ${"req/s".padStart(7)}`
  console.log(`
${bold("Store API, demo catalogue, Medusa's Caching Module off vs on (in-memory provider)")}
${"".padEnd(36)} ${"cache off".padEnd(23)} | ${"cache on".padEnd(23)} | on/off req/s
${"".padEnd(36)} ${head} | ${head} |
${labels.map((label) => `${label.padEnd(36)} ${cell(results.off[label])} | ${cell(results.on[label])} | ${ratio(label).padStart(7)}`).join("\n")}
${"non-2xx answers, errors, timeouts".padEnd(36)} ${String(sum(results.off, "errors")).padStart(23)} | ${String(sum(results.on, "errors")).padStart(23)} |
${"backend RSS after the phase".padEnd(36)} ${`${results.off.rss} MB`.padStart(23)} | ${`${results.on.rss} MB`.padStart(23)} |

product by handle, 1 conn., cache on: p95 ${bold(ms(results.on["product by handle, 1 conn."].p95).trim() + " ms")} (goal ≤ 10 ms)
product by handle, 50 conn.: on/off throughput ${bold(ratio("product by handle, 50 conn."))} (goal ≥ 5×)
${dim("A shared machine makes these figures noisy; compare the two columns of one run.")}
`)
  console.log(dim(`written to ${path.relative(process.cwd(), file)}`))
})

/** Runs autocannon for `seconds`; p50/p95 from every response's time, req/s over the run. */
async function load(base, headers, request, connections, seconds) {
  const times = []
  const run = autocannon({
    url: `${base}${request.path}`,
    method: request.method ?? "GET",
    headers: { ...headers, ...(request.body ? { "content-type": "application/json" } : {}) },
    body: request.body,
    connections,
    duration: seconds,
  })
  run.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime))
  const result = await run
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    rps: result.requests.total / seconds,
    // with no answer in time (autocannon's 10 s timeout) a phase has no latencies: printed as —
    errors: result.non2xx + result.errors + result.timeouts,
  }
}

function sum(phase, field) {
  return Object.values(phase).reduce((total, r) => total + (r?.[field] ?? 0), 0)
}

/** Resident memory of a process and its children, in MB (Linux /proc). */
function rssMb(pid) {
  const children = new Map()
  for (const entry of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const ppid = Number(readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1].split(" ")[1])
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)])
    } catch {}
  }
  let kb = 0
  const visit = (id) => {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${id}/status`, "utf8"))?.[1] ?? 0)
    } catch {}
    for (const child of children.get(id) ?? []) visit(child)
  }
  visit(pid)
  return Math.round(kb / 1024)
}
