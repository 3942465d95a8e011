#!/usr/bin/env node
// `npm run bench:search`: POST /store/search on a 50,000-product catalogue, p50/p95 over 1,000+
// mixed queries with text + 4 facets, for the embedded provider and Medusa's stock
// search-postgres provider (typo tolerance on) in the same run, plus full-reindex documents/s.
// Runs on its own embedded PostgreSQL (.data/bench-postgres) and backend port; the first run
// seeds and generates the catalogue (a few minutes), later runs reuse it.
import { spawn } from "node:child_process"
import { readFileSync, writeFileSync } from "node:fs"
import path from "node:path"
import { bold, dim, prettyLogLine, step } from "../lib/console.mjs"
import { runBench } from "../lib/bench-stack.mjs"
import { backendBuildDir, medusaBin } from "../lib/paths.mjs"
import { buildQueries, catalogueWords, percentile } from "./queries.mjs"

const SIZE = Number(process.env.BENCH_CATALOGUE_SIZE ?? 50_000)
const QUERIES = Number(process.env.BENCH_QUERIES ?? 1_200)
const BASELINE_SAMPLE = Number(process.env.BENCH_BASELINE_QUERIES ?? 30)
const PORT = Number(process.env.BENCH_PORT ?? 9190)
const LAG_EDITS = Number(process.env.BENCH_LAG_EDITS ?? 100)
// the issue's goals: p95 of every query class by catalogue size
const P95_GOAL_MS = SIZE > 50_000 ? 25 : 15

await runBench(
  {
    name: "bench",
    database: "bench",
    pgPort: 54331,
    // the stock provider's index exists only when it is measured (its write on every edit would fail without a version)
    env: BASELINE_SAMPLE ? { SEARCH_BENCH_BASELINE: "true" } : {},
  },
  async ({ env, benchDir, start }) => {
    step(`Generating ${SIZE.toLocaleString("en")} products (skips what exists)`)
    await exec(env, "./src/scripts/generate-catalogue/index.js", [`count=${SIZE}`])
    // BENCH_REINDEX=false reuses the indexes of the last run (no reindex figures then); =embedded
    // reindexes only the embedded provider's index (the stock one's write is not ours to speed up)
    const reindexed = { false: [], embedded: ["product"] }[process.env.BENCH_REINDEX] ?? ["product", "product_baseline"]
    const reindexLog = reindexed.length
      ? (step(`Full reindex: ${reindexed.join(", ")}`), await exec(env, "./src/scripts/reindex/index.js", reindexed, true))
      : ""
    const reindexRates = [
      ...reindexLog
        .split("\n")
        .map(prettyLogLine)
        .join("\n")
        .matchAll(/"(product\w*)": ([\d,]+) documents of [\d,]+ products in ([\d.]+) s \((\d+) documents\/s, peak RSS (\d+) MB\)/g),
    ].map((m) => ({ index: m[1], documents: m[2], seconds: Number(m[3]), rate: Number(m[4]), peakRssMb: Number(m[5]) }))

    step(`Starting the backend on port ${PORT}`)
    const { base } = await start(env, PORT)
    const key = JSON.parse(readFileSync(path.join(benchDir, "storefront.json"), "utf8")).publishable_key
    const search = (entity, body) =>
      fetch(`${base}/store/search`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-publishable-api-key": key },
        body: JSON.stringify({ entity, ...body }),
      })

    const sample = []
    for (let skip = 0; skip < 2000; skip += 100) {
      const response = await (
        await search("product", { filters: {}, pagination: { skip, take: 100 }, fields: ["title_en", "title_az", "title_ru"] })
      ).json()
      sample.push(...response.results[0].hits.map((hit) => hit.document))
    }
    const queries = buildQueries(catalogueWords(sample), QUERIES)
    const timeAll = async (entity, list) => {
      const times = []
      for (const query of list) {
        const started = performance.now()
        const response = await search(entity, query.body)
        await response.arrayBuffer()
        if (!response.ok) throw new Error(`${entity} answered ${response.status} to ${JSON.stringify(query.body)}`)
        times.push(performance.now() - started)
      }
      return times
    }
    // the stock provider's index is built once; a first run with BENCH_REINDEX=embedded has none yet
    if (BASELINE_SAMPLE && (await search("product_baseline", { filters: {}, pagination: { take: 1 } })).status === 404) {
      step(`The stock provider's index does not exist yet: building it once ${dim("(~7 minutes at 50k)")}`)
      await exec(env, "./src/scripts/reindex/index.js", ["product_baseline"])
    }
    step("Warming up")
    await timeAll("product", queries.slice(0, 50))
    await timeAll("product_baseline", queries.slice(0, Math.min(3, BASELINE_SAMPLE)))
    step(`Embedded provider: ${queries.length} queries`)
    const embedded = await timeAll("product", queries)
    // BENCH_BASELINE_QUERIES=0 leaves the stock provider out (its index takes ~7 minutes per 50k to build)
    const subset = BASELINE_SAMPLE ? queries.filter((_, i) => i % Math.ceil(queries.length / BASELINE_SAMPLE) === 0) : []
    if (subset.length) {
      step(
        `Stock search-postgres (typo tolerance on): ${subset.length} of the same queries ${dim("(many seconds each at 50k: a sample keeps the run short)")}`,
      )
    }
    const stock = await timeAll("product_baseline", subset)
    const embeddedSubset = await timeAll("product", subset)
    // BENCH_LAG_EDITS=0 skips it; the edits run in their own process, whose event bus indexes them
    const lagLog = LAG_EDITS
      ? (step(`Incremental: ${LAG_EDITS} edits (product, price, shop suspension), each until search reflects it`),
        // a failed probe must not cost the query figures above
        await exec(env, "./src/scripts/search-lag/index.js", [String(LAG_EDITS)], true).catch((error) => {
          console.error(`incremental lag not measured: ${error.message}`)
          return ""
        }))
      : ""
    const lag = JSON.parse(lagLog.match(/search-lag: (\{.*\})/)?.[1] ?? "null")

    const row = (label, times) =>
      `${label.padEnd(46)} ${String(times.length).padStart(6)} ${percentile(times, 50).toFixed(1).padStart(9)} ${percentile(times, 95).toFixed(1).padStart(9)}`
    const byKind = (kind) => embedded.filter((_, i) => queries[i].kind === kind)
    const ratio = subset.length ? percentile(stock, 95) / percentile(embeddedSubset, 95) : null
    console.log(`
${bold(`POST /store/search, ${SIZE.toLocaleString("en")} products, text + 4 facets`)}
${"".padEnd(46)} ${"queries".padStart(6)} ${"p50 ms".padStart(9)} ${"p95 ms".padStart(9)}
${row("embedded (all queries)", embedded)}
${["exact", "typo", "two words", "filters"].map((kind) => row(`  ${kind}`, byKind(kind))).join("\n")}
${subset.length ? `${row("embedded (baseline sample)", embeddedSubset)}\n${row("stock search-postgres, typo on (same sample)", stock)}` : ""}

p95 embedded: ${bold(percentile(embedded, 95).toFixed(1) + " ms")} (goal ≤ ${P95_GOAL_MS} ms for every class)
${subset.length ? `stock / embedded p95 on the same queries: ${bold(ratio.toFixed(1) + "×")} (goal ≥ 10×)` : dim("stock provider not measured (BENCH_BASELINE_QUERIES=0)")}
${
  lag
    ? Object.entries(lag)
        .map(
          ([kind, l]) =>
            `incremental lag, ${kind}: ${l.n} edits, p50 ${l.p50} ms, p95 ${l.p95} ms, max ${l.max} ms${/to its end|event-loop/.test(kind) ? "" : " (goal ≤ 1,000 ms)"}`,
        )
        .join("\n")
    : ""
}
${reindexRates.map((r) => `full reindex "${r.index}": ${r.documents} documents in ${r.seconds} s = ${bold(r.rate + " documents/s")}, peak RSS ${r.peakRssMb} MB`).join("\n")}
`)
    const file = path.join(benchDir, `search-${new Date().toISOString().slice(0, 19).replace(/:/g, "")}.json`)
    writeFileSync(
      file,
      JSON.stringify(
        {
          size: SIZE,
          embedded: { p50: percentile(embedded, 50), p95: percentile(embedded, 95), n: embedded.length },
          stock: subset.length ? { p50: percentile(stock, 50), p95: percentile(stock, 95), n: stock.length } : null,
          ratio,
          classes: Object.fromEntries(
            ["exact", "typo", "two words", "filters"].map((kind) => [
              kind,
              { p50: percentile(byKind(kind), 50), p95: percentile(byKind(kind), 95) },
            ]),
          ),
          lag,
          reindex: reindexRates,
        },
        null,
        2,
      ),
    )
    console.log(dim(`written to ${path.relative(process.cwd(), file)}`))
  },
)

function exec(env, script, args, capture = false) {
  return new Promise((resolve, reject) => {
    // info level: the scripts report their rates (products/s, documents/s) as info lines
    const child = spawn(medusaBin, ["exec", script, ...args], {
      cwd: backendBuildDir,
      env: { ...env, LOG_LEVEL: "info" },
      stdio: ["ignore", capture ? "pipe" : "inherit", "inherit"],
    })
    let output = ""
    child.stdout?.on("data", (chunk) => {
      output += chunk
      process.stdout.write(chunk)
    })
    child.on("exit", (code) => (code === 0 ? resolve(output) : reject(new Error(`medusa exec ${script} failed (${code})`))))
  })
}
