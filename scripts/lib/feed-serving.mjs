// The serving half of `npm run bench:feeds`, against the built backend started on the bench
// database: a partner pulling an unchanged feed (304 latency), a full gzip download (MB/s), and the
// time from 100 product edits in the Admin API until the partner's feed shows every one of them.
import http from "node:http"
import { cpuSeconds } from "./bench-stack.mjs"
import { runMedusa } from "./medusa.mjs"

const keepAlive = new http.Agent({ keepAlive: true, maxSockets: 1 })

/** One GET over a kept-alive connection: status, headers, the raw (still compressed) body and the time. */
function get(url, headers) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint()
    http
      .get(url, { headers, agent: keepAlive }, (res) => {
        const chunks = []
        res.on("data", (chunk) => chunks.push(chunk))
        res.on("end", () =>
          resolve({
            status: res.statusCode,
            headers: res.headers,
            body: Buffer.concat(chunks),
            ms: Number(process.hrtime.bigint() - started) / 1e6,
          }),
        )
        res.on("error", reject)
      })
      .on("error", reject)
  })
}

/**
 * Waits until the backend has done what it does on start (a search index built for a catalogue
 * generated without one takes minutes): idle means under 5 % of a core for 3 s in a row. Returns
 * the seconds waited.
 */
export async function settled(pid, timeoutMs = 900_000) {
  const started = Date.now()
  let quiet = 0
  let before = cpuSeconds(pid)
  while (quiet < 3 && Date.now() - started < timeoutMs) {
    await new Promise((resolve) => setTimeout(resolve, 1000))
    const now = cpuSeconds(pid)
    quiet = now !== null && before !== null && now - before < 0.05 ? quiet + 1 : 0
    before = now
  }
  return (Date.now() - started) / 1000
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

/** conditional pulls before the measured ones */
export const WARM_UP_PULLS = 50

/** 304 p50/p95 over `count` conditional pulls (after WARM_UP_PULLS), and a full gzip download's MB/s. */
export async function measureServing(base, partnerId, token, count = 300) {
  const url = `${base}/feeds/${partnerId}/feed.xml`
  const auth = { authorization: `Bearer ${token}`, "accept-encoding": "gzip" }
  const full = await get(url, auth)
  if (full.status !== 200) throw new Error(`the feed answered ${full.status}: ${full.body.toString().slice(0, 200)}`)
  const etag = full.headers.etag
  // a server that has been answering for a while (its code compiled by V8's JIT): the first pulls are not counted
  for (let i = 0; i < WARM_UP_PULLS; i++) await get(url, { ...auth, "if-none-match": etag })
  const times = []
  for (let i = 0; i < count; i++) {
    const answer = await get(url, { ...auth, "if-none-match": etag })
    if (answer.status !== 304) throw new Error(`a conditional pull answered ${answer.status}, not 304`)
    times.push(answer.ms)
  }
  times.sort((a, b) => a - b)
  const downloads = []
  for (let i = 0; i < 3; i++) downloads.push(await get(url, auth))
  const best = Math.min(...downloads.map((d) => d.ms))
  return {
    not_modified: { count, p50_ms: percentile(times, 50), p95_ms: percentile(times, 95) },
    gzip_download: { mb: full.body.length / 1024 / 1024, best_ms: best, mb_per_s: full.body.length / 1024 / 1024 / (best / 1000) },
  }
}

/**
 * Edits the titles of `count` products in the partner's feed through the Admin API (one batch
 * request, as an operator's bulk edit), then pulls the feed until every new title is in it: the
 * time from the edit's answer to that pull is the lag (the rebuild's debounce, then every active
 * partner's build in turn; the bench's partner, created last, is built after the seed's two).
 */
export async function measureIncremental(base, env, partnerId, token, count = 100) {
  const email = "bench-feeds@creative-market.az"
  const password = "bench-feeds-password"
  const signIn = () =>
    fetch(`${base}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password }),
    }).then((r) => r.json())
  let auth = await signIn()
  if (!auth.token) {
    // the first run on this database: the operator the edits are made as
    await runMedusa(["user", "-e", email, "-p", password], { env, quiet: true })
    auth = await signIn()
  }
  const admin = { authorization: `Bearer ${auth.token}`, "content-type": "application/json" }
  const url = `${base}/feeds/${partnerId}/feed.xml`
  const pull = { authorization: `Bearer ${token}` }
  const feed = (await get(url, pull)).body.toString()
  // the feed's last products: generated ones, whose title has no translation that would hide the edit
  const ids = [...new Set([...feed.matchAll(/<g:item_group_id>(prod_\w+)<\/g:item_group_id>/g)].map((m) => m[1]))].slice(-count)
  const stamp = Date.now().toString(36)
  const titles = ids.map((_id, i) => `Edited ${stamp} ${String(i).padStart(3, "0")}`)
  const edited = await fetch(`${base}/admin/products/batch`, {
    method: "POST",
    headers: admin,
    body: JSON.stringify({ update: ids.map((id, i) => ({ id, title: titles[i] })) }),
  })
  if (!edited.ok) throw new Error(`the Admin API refused the edits: ${edited.status} ${await edited.text()}`)
  const started = Date.now()
  let etag = ""
  for (const end = started + 300_000; Date.now() < end;) {
    const answer = await get(url, { ...pull, ...(etag ? { "if-none-match": etag } : {}) })
    if (answer.status === 200) {
      etag = answer.headers.etag
      const text = answer.body.toString()
      if (titles.every((title) => text.includes(`<g:title>${title}`))) return { edits: ids.length, lag_s: (Date.now() - started) / 1000 }
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error("the edits did not reach the feed within 5 minutes")
}
