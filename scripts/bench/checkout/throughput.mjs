// The throughput phase of `npm run bench:checkout`: carts of one and of three creators completed a
// few at a time by the split checkout and by plain Medusa's own completeCartWorkflow (the baseline).
import { bold, step } from "../../lib/console.mjs"
import { percentile } from "../queries.mjs"
import { profileMark, profileWindow } from "./profile-windows.mjs"

/** `count` carts of each kind over `plenty` (three shops' variants in stock), `concurrency` at a time; prints the table and ratios. */
export async function runThroughput({ bench, cpu, plenty, count, concurrency }) {
  const { call, admin, prepare, inBatches } = bench
  const THROUGHPUT_CARTS = count
  const CONCURRENCY = concurrency
  const ms = (v) => `${Math.round(v)} ms`
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
}
