#!/usr/bin/env node
// `npm run bench:checkout`: the split checkout under a race and under load, on its own embedded
// PostgreSQL (.data/bench-checkout-postgres, BENCH_PG_PORT) and backend (BENCH_PORT), one process.
//  1. Race: 200 buyers (prepared carts, system payment provider) complete at once for 20
//     one-of-a-kind physical items (10 buyers per item): orders created, items oversold, buyers
//     without an answer, answers by status, p50/p95 completion time.
//  2. Throughput, a few at a time: carts of 1 creator and of 3 creators (one item each), completed
//     by the split checkout (1 and 3 orders) and by plain Medusa (its own completeCartWorkflow, one
//     order, behind the bench-only CHECKOUT_BENCH_BASELINE admin route): completed carts/s, time
//     per checkout, and the split's cost as a ratio to plain Medusa on the same carts.
import { existsSync, readFileSync, writeFileSync } from "node:fs"
import path from "node:path"
import Redis from "ioredis"
import { step } from "../lib/console.mjs"
import { cpuSeconds, runBench } from "../lib/bench-stack.mjs"
import { runMedusa } from "../lib/medusa.mjs"
import { runRace } from "./checkout/race.mjs"
import { BENCH_OPERATOR, benchStore } from "./checkout/store.mjs"
import { runThroughput } from "./checkout/throughput.mjs"

const BUYERS = Number(process.env.BENCH_BUYERS ?? 200)
const ITEMS = Number(process.env.BENCH_ITEMS ?? 20)
const THROUGHPUT_CARTS = Number(process.env.BENCH_THROUGHPUT_CARTS ?? 40)
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 4)
const PORT = Number(process.env.BENCH_PORT ?? 9191)
// BENCH_CLUSTER=2: the scale-out profile on this machine, Medusa's cluster mode (two processes
// sharing the port, each with HTTP, subscribers and jobs) over Redis (BENCH_REDIS_URL, a database
// of its own that the bench empties) instead of one process with in-memory modules
const CLUSTER = Number(process.env.BENCH_CLUSTER ?? 1)
const REDIS_URL = process.env.BENCH_REDIS_URL ?? "redis://127.0.0.1:6379/8"
const run = Date.now().toString(36)

/** Empties the bench's Redis database (queues, locks and cache entries of an earlier run); says what to do when none answers. */
async function emptyRedis(url) {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null })
  try {
    await redis.connect()
    await redis.flushdb()
  } catch (error) {
    throw new Error(`BENCH_CLUSTER needs Redis at ${url} (${error.message}): start Redis, or set BENCH_REDIS_URL`)
  } finally {
    redis.disconnect()
  }
  return url
}

await runBench(
  {
    name: "bench-checkout",
    database: "checkout",
    pgPort: 54332,
    env: { CHECKOUT_BENCH_BASELINE: "true" },
  },
  async ({ db, env: benchEnv, benchDir, start }) => {
    let env = benchEnv
    // the operator exists once per bench database (a second `medusa user` fails: it already exists)
    const adminMade = path.join(benchDir, "admin-user")
    if (!existsSync(adminMade)) {
      await runMedusa(["user", "-e", BENCH_OPERATOR.email, "-p", BENCH_OPERATOR.password], { env, quiet: true }).catch(() => {})
      writeFileSync(adminMade, `${BENCH_OPERATOR.email}\n`)
    }
    if (CLUSTER > 1) env = { ...env, REDIS_URL: await emptyRedis(REDIS_URL) }
    step(`Starting the backend on port ${PORT}${CLUSTER > 1 ? `, ${CLUSTER} processes over Redis` : ""}`)
    const { base, server } = await start(env, PORT, { cluster: CLUSTER })
    const cpu = () => cpuSeconds(server.pid)
    const facts = JSON.parse(readFileSync(path.join(benchDir, "storefront.json"), "utf8"))
    const bench = await benchStore(base, facts, CONCURRENCY)

    step("Opening bench shops and listing their goods")
    const raceShop = await bench.shop(`race-${run}`)
    const unique = []
    for (let i = 0; i < ITEMS; i++) unique.push(await bench.listing(raceShop, `One-of-a-kind vase ${i + 1}`, 1))
    const plenty = []
    for (const letter of ["a", "b", "c"])
      plenty.push(await bench.listing(await bench.shop(`load-${letter}-${run}`), `Ceramic cup ${letter}`, 100000))

    step(`Preparing ${BUYERS} carts for ${ITEMS} one-of-a-kind items`)
    const raceCarts = await bench.inBatches(BUYERS, (i) => bench.prepare([unique[i % ITEMS]], i))
    const setting = CLUSTER > 1 ? `${CLUSTER} processes over Redis (the scale-out profile)` : "one process"
    await runRace({ base, store: bench.store, dbUrl: db.url("checkout"), cpu, unique, raceCarts, setting })
    // printed at once: a long throughput phase (or BENCH_THROUGHPUT_CARTS=0, which skips it) never hides the race
    if (THROUGHPUT_CARTS === 0) return
    await runThroughput({ bench, cpu, plenty, count: THROUGHPUT_CARTS, concurrency: CONCURRENCY })
  },
)
