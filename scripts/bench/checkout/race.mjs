// The race of `npm run bench:checkout`: every prepared cart completes at once; what was sold, to
// whom, how fast each buyer was answered, and what the backend spent (docs/decisions/042).
import pg from "pg"
import { bold, step } from "../../lib/console.mjs"
import { percentile } from "../queries.mjs"
import { profileMark, profileWindow } from "./profile-windows.mjs"

/**
 * Completes `raceCarts` (each holding one of the one-of-a-kind `unique` variants) all at once
 * against `base`, then checks the database `dbUrl`: orders per item, oversold, without stock, and
 * the placed-order e-mails (waited for). Prints the figures; `cpu()` is the backend's CPU seconds.
 */
export async function runRace({ base, store, dbUrl, cpu, unique, raceCarts, setting }) {
  const BUYERS = raceCarts.length
  const ITEMS = unique.length
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
  const client = new pg.Client({ connectionString: dbUrl })
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
  console.log(`
${bold(`Race: ${BUYERS} buyers, ${ITEMS} one-of-a-kind items, ${setting}, embedded PostgreSQL`)}
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
}
