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
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import path from "node:path"
import Redis from "ioredis"
import pg from "pg"
import { bold, step } from "../lib/console.mjs"
import { cpuSeconds, runBench } from "../lib/bench-stack.mjs"
import { runMedusa } from "../lib/medusa.mjs"
import { percentile } from "./queries.mjs"

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
const ADMIN = { email: "bench-operator@creative-market.az", password: "bench-operator-password" }
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

// With BENCH_CPU_PROF (the backend's CPU profile, see bench-stack), each phase's span on the
// monotonic clock V8's profiles use lands in <dir>/windows.json, to cut that phase out of the profile.
const windows = {}
const profileMark = () => process.hrtime.bigint()
const profileWindow = (name, start) => {
  if (!process.env.BENCH_CPU_PROF) return
  windows[name] = { start_us: Number(start / 1000n), end_us: Number(process.hrtime.bigint() / 1000n) }
  mkdirSync(process.env.BENCH_CPU_PROF, { recursive: true }) // V8 makes it only when the backend exits
  writeFileSync(path.join(process.env.BENCH_CPU_PROF, "windows.json"), JSON.stringify(windows, null, 1))
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
      await runMedusa(["user", "-e", ADMIN.email, "-p", ADMIN.password], { env, quiet: true }).catch(() => {})
      writeFileSync(adminMade, `${ADMIN.email}\n`)
    }
    if (CLUSTER > 1) env = { ...env, REDIS_URL: await emptyRedis(REDIS_URL) }
    step(`Starting the backend on port ${PORT}${CLUSTER > 1 ? `, ${CLUSTER} processes over Redis` : ""}`)
    const { base, server } = await start(env, PORT, { cluster: CLUSTER })
    const cpu = () => cpuSeconds(server.pid)
    const facts = JSON.parse(readFileSync(path.join(benchDir, "storefront.json"), "utf8"))
    const store = { "x-publishable-api-key": facts.publishable_key }
    const call = async (method, url, body, headers = {}) => {
      const response = await fetch(`${base}${url}`, {
        method,
        headers: { "content-type": "application/json", ...store, ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      const data = await response.json().catch(() => ({}))
      return { status: response.status, data }
    }
    const must = async (...args) => {
      const answer = await call(...args)
      if (answer.status >= 400) throw new Error(`${args[0]} ${args[1]} answered ${answer.status}: ${JSON.stringify(answer.data)}`)
      return answer.data
    }
    const admin = { authorization: `Bearer ${(await must("POST", "/auth/user/emailpass", ADMIN)).token}` }

    step("Opening bench shops and listing their goods")
    const shop = async (handle) => {
      const email = `${handle}@bench.example.az`
      const registration = (await must("POST", "/auth/creator/emailpass/register", { email, password: "bench-password" })).token
      const { creator } = await must(
        "POST",
        "/creator/signup",
        { member: { name: "Bench" }, shop: { name: handle, handle, programme: "crafts", legal_type: "individual", email } },
        { authorization: `Bearer ${registration}` },
      )
      await must("POST", `/admin/creators/${creator.id}/approve`, {}, admin)
      return { authorization: `Bearer ${(await must("POST", "/auth/creator/emailpass", { email, password: "bench-password" })).token}` }
    }
    const listing = async (headers, title, stock) => {
      const { product } = await must(
        "POST",
        "/creator/products",
        { kind: "physical", title, variants: [{ title: "One", prices: [{ currency_code: "azn", amount: 40 }], stock }] },
        headers,
      )
      await must("POST", `/creator/products/${product.id}/publish`, {}, headers)
      return product.variants[0].id
    }
    const raceShop = await shop(`race-${run}`)
    const unique = []
    for (let i = 0; i < ITEMS; i++) unique.push(await listing(raceShop, `One-of-a-kind vase ${i + 1}`, 1))
    const plenty = []
    for (const letter of ["a", "b", "c"]) plenty.push(await listing(await shop(`load-${letter}-${run}`), `Ceramic cup ${letter}`, 100000))

    const address = { first_name: "Bench", last_name: "Buyer", address_1: "Nizami 10", city: "Baku", country_code: "az" }
    const prepare = async (variants, n) => {
      const { cart } = await must("POST", "/store/carts", {
        region_id: facts.regions.azerbaijan,
        email: `buyer${n}@bench.example.az`,
        shipping_address: address,
      })
      for (const variant_id of variants) await must("POST", `/store/carts/${cart.id}/line-items`, { variant_id, quantity: 1 })
      const { shipping_options } = await must("GET", `/store/shipping-options?cart_id=${cart.id}`)
      await must("POST", `/store/carts/${cart.id}/shipping-methods`, { option_id: shipping_options[0].id })
      const { payment_collection } = await must("POST", "/store/payment-collections", { cart_id: cart.id })
      await must("POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" })
      return cart.id
    }
    const inBatches = async (count, job) => {
      const results = new Array(count)
      let next = 0
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (next < count) {
            const i = next++
            results[i] = await job(i)
          }
        }),
      )
      return results
    }

    step(`Preparing ${BUYERS} carts for ${ITEMS} one-of-a-kind items`)
    const raceCarts = await inBatches(BUYERS, (i) => prepare([unique[i % ITEMS]], i))
    step(`Race: ${BUYERS} buyers complete at once`)
    const raceStarted = profileMark()
    const raceCpu = cpu()
    const answers = await Promise.all(
      raceCarts.map(async (cartId) => {
        const started = performance.now()
        try {
          const controller = AbortSignal.timeout(120_000)
          const response = await fetch(`${base}/store/carts/${cartId}/complete`, { method: "POST", headers: store, signal: controller })
          const data = await response.json().catch(() => ({}))
          return { status: response.status, type: data.type, ms: performance.now() - started }
        } catch (error) {
          return { status: "no answer", error: String(error), ms: performance.now() - started }
        }
      }),
    )
    profileWindow("race", raceStarted)
    const raceCpuSeconds = raceCpu === null ? null : cpu() - raceCpu
    const client = new pg.Client({ connectionString: db.url("checkout") })
    await client.connect()
    const { rows } = await client.query(
      `select li.variant_id, count(distinct o.id)::int as orders,
            count(distinct o.id) filter (where not exists (select 1 from reservation_item r where r.line_item_id = li.id and r.deleted_at is null))::int as unreserved
       from "order" o join order_item oi on oi.order_id = o.id join order_line_item li on li.id = oi.item_id
      where li.variant_id = any($1) and o.deleted_at is null group by li.variant_id`,
      [unique],
    )
    const ordersCreated = rows.reduce((sum, r) => sum + r.orders, 0)
    // the placed-order e-mails (one per shop order, one per purchase) wait out the burst in the
    // backend (docs/decisions/042): wait for all of them, so none is lost and their CPU is counted
    const mailsWanted = 2 * ordersCreated
    const mailsSent = async () =>
      (
        await client.query(
          `select count(*)::int as sent from notification n
            where n.idempotency_key in (select 'order-placed:' || oi.order_id from order_item oi
                                          join order_line_item li on li.id = oi.item_id where li.variant_id = any($1))
               or n.idempotency_key in (select 'purchase-placed:' || g.id from order_group g where g.cart_id = any($2))`,
          [unique, raceCarts],
        )
      ).rows[0].sent
    const mailsStarted = performance.now()
    let mails = await mailsSent()
    for (const end = mailsStarted + 60_000; mails < mailsWanted && performance.now() < end; mails = await mailsSent()) {
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    const mailsMs = performance.now() - mailsStarted
    const afterCpuSeconds = raceCpuSeconds === null ? null : cpu() - raceCpu
    await client.end()
    // the refused buyers complete once more, all at once: what a sold-out answer costs on its own,
    // and so what is left of the race's CPU for the winners
    const refused = raceCarts.filter((_, i) => answers[i].status === 409)
    const againStarted = performance.now()
    const againCpu = cpu()
    await Promise.all(
      refused.map((cartId) => fetch(`${base}/store/carts/${cartId}/complete`, { method: "POST", headers: store }).then((r) => r.text())),
    )
    const againMs = performance.now() - againStarted
    const refusalCpuMs = againCpu === null ? null : ((cpu() - againCpu) * 1000) / Math.max(1, refused.length)
    const winnerCpuMs =
      refusalCpuMs === null || !ordersCreated ? null : (raceCpuSeconds * 1000 - refusalCpuMs * refused.length) / ordersCreated
    const oversold = rows.reduce((sum, r) => sum + Math.max(0, r.orders - 1), 0)
    const unreserved = rows.reduce((sum, r) => sum + r.unreserved, 0)
    const byStatus = {}
    for (const a of answers) byStatus[a.status] = (byStatus[a.status] ?? 0) + 1
    const raceTimes = answers.map((a) => a.ms)
    const ms = (v) => `${Math.round(v)} ms`
    const spread = (times) => (times.length ? `p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}` : "none")
    // printed at once: a long throughput phase (or BENCH_THROUGHPUT_CARTS=0, which skips it) never hides the race
    console.log(`
${bold(`Race: ${BUYERS} buyers, ${ITEMS} one-of-a-kind items, ${CLUSTER > 1 ? `${CLUSTER} processes over Redis (the scale-out profile)` : "one process"}, embedded PostgreSQL`)}
orders created:          ${bold(String(ordersCreated))} (goal ${ITEMS})
items oversold:          ${bold(String(oversold))} (goal 0)
orders without stock:   ${unreserved}
buyers without answer:   ${bold(String(byStatus["no answer"] ?? 0))} (goal 0)
answers:                 ${Object.entries(byStatus)
      .map(([status, n]) => `${status}: ${n}`)
      .join(", ")}
completion p50 / p95:    ${ms(percentile(raceTimes, 50))} / ${bold(ms(percentile(raceTimes, 95)))} (goal p95 ≤ 2 s)
  orders / sold out:     ${[200, 409].map((status) => spread(answers.filter((a) => a.status === status).map((a) => a.ms))).join(" · ")}
backend CPU:             ${raceCpuSeconds === null ? "n/a" : `${raceCpuSeconds.toFixed(1)} s, ${ms((raceCpuSeconds * 1000) / BUYERS)} per buyer`}
placed-order e-mails:    ${bold(`${mails} of ${mailsWanted}`)}, the last ${ms(mailsMs)} after the race; backend CPU with them ${afterCpuSeconds === null ? "n/a" : `${afterCpuSeconds.toFixed(1)} s, ${ms((afterCpuSeconds * 1000) / BUYERS)} per buyer`}
refused again, at once:  ${refused.length} in ${ms(againMs)}, backend CPU ${refusalCpuMs === null ? "n/a" : `${ms(refusalCpuMs)} per refusal; so ~${ms(winnerCpuMs ?? 0)} per order in the race`}
`)
    if (THROUGHPUT_CARTS === 0) return

    step(`Throughput: ${THROUGHPUT_CARTS} carts each of plain Medusa, 1 creator and 3 creators, ${CONCURRENCY} at a time`)
    const splitComplete = (cartId) => call("POST", `/store/carts/${cartId}/complete`)
    const plainComplete = (cartId) => call("POST", `/admin/bench/carts/${cartId}/complete`, {}, admin)
    const measure = async (variants, label, complete) => {
      const carts = await inBatches(THROUGHPUT_CARTS, (i) => prepare(variants, `${label}${i}`))
      const times = []
      const mark = profileMark()
      const cpuBefore = cpu()
      const started = performance.now()
      const done = await inBatches(THROUGHPUT_CARTS, async (i) => {
        const t = performance.now()
        const answer = await complete(carts[i])
        times.push(performance.now() - t)
        return answer.data.type === "order"
      })
      const seconds = (performance.now() - started) / 1000
      profileWindow(label, mark)
      const cpuMs = cpuBefore === null ? null : ((cpu() - cpuBefore) * 1000) / THROUGHPUT_CARTS
      return {
        completed: done.filter(Boolean).length,
        perSecond: done.filter(Boolean).length / seconds,
        p50: percentile(times, 50),
        p95: percentile(times, 95),
        cpuMs,
      }
    }
    await measure([plenty[0]], "warm", splitComplete) // warm-up, not reported
    await measure([plenty[0]], "warm-plain", plainComplete)
    const plainSingle = await measure([plenty[0]], "plain", plainComplete)
    const single = await measure([plenty[0]], "single", splitComplete)
    const plain = await measure(plenty, "plain3-", plainComplete)
    const split = await measure(plenty, "split", splitComplete)
    console.log(`
${bold(`Throughput, ${CONCURRENCY} checkouts at a time`)}
${"".padEnd(38)} ${"completed".padStart(9)} ${"carts/s".padStart(8)} ${"p50".padStart(8)} ${"p95".padStart(8)} ${"CPU/cart".padStart(9)}
${[
  ["plain Medusa, 1 creator, 1 order", plainSingle],
  ["split checkout, 1 creator, 1 order", single],
  ["plain Medusa, 3 creators, 1 order", plain],
  ["split checkout, 3 creators, 3 orders", split],
]
  .map(
    ([label, r]) =>
      `${label.padEnd(38)} ${String(r.completed).padStart(9)} ${r.perSecond.toFixed(2).padStart(8)} ${ms(r.p50).padStart(8)} ${ms(r.p95).padStart(8)} ${(r.cpuMs === null ? "n/a" : ms(r.cpuMs)).padStart(9)}`,
  )
  .join("\n")}
split cost per checkout: ${bold((plain.perSecond / split.perSecond).toFixed(2) + "×")} plain Medusa's for the same 3-creator cart (goal ≤ 1.5×), ${(plainSingle.perSecond / single.perSecond).toFixed(2)}× for a 1-creator cart
split CPU per checkout:  ${split.cpuMs === null ? "n/a" : `${(split.cpuMs / plain.cpuMs).toFixed(2)}× plain Medusa's for the 3-creator cart, ${(single.cpuMs / plainSingle.cpuMs).toFixed(2)}× for a 1-creator cart`}
`)
  },
)
