import { monitorEventLoopDelay } from "node:perf_hooks"
import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { updateProductsWorkflow, updateProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import { decideCreatorWorkflow } from "@creative-market/creator-shops/workflows"

type Kind = "product edit" | "price change" | "creator suspension"
const KINDS: Kind[] = ["product edit", "price change", "creator suspension"]
const TIMEOUT_MS = 30_000

/**
 * `npm run bench:search`'s incremental figure: `count` edits (product titles and variant prices in
 * turn, every tenth a shop suspension) made through the app's workflows, each timed from the start of the edit
 * until the product index answers with it (polled every 5 ms). Prints one JSON line with the lags
 * per kind. Undoes every edit afterwards (title, price, shop status), unmeasured.
 * `npx medusa exec ./src/scripts/search-lag/index.js [count]`.
 */
export default async function searchLag(exec: ExecArgs) {
  try {
    await measure(exec)
  } catch (error) {
    // medusa exec does not print a script's failure
    console.error(`search-lag failed: ${(error as Error).stack ?? error}`)
    process.exitCode = 1
  }
}

async function measure({ container, args }: ExecArgs) {
  const count = Number(args?.[0] ?? 100)
  const search = container.resolve(Modules.SEARCH)
  const find = async (filters: Record<string, unknown>) =>
    (await search.search({ entity: "product", filters, pagination: { take: 1 }, search_options: { count: "exact" } } as any)) as any
  const products = await pickProducts(container, count)
  const lags: Record<Kind, number[]> = { "product edit": [], "price change": [], "creator suspension": [] }
  // how long the suspension workflow runs (its products' status update), beside when search reflects it
  const decisions: number[] = []
  // the longest the event loop was held while a suspension's lag ran: what the probe's search and the withdrawal waited behind
  const blocks: number[] = []
  const loop = monitorEventLoopDelay({ resolution: 10 })
  const run = Date.now().toString(36)
  for (let i = 0; i < products.length; i++) {
    const product = products[i]
    // shops are few and large in the generated catalogue (17 of ~3,000 products at 50k): one edit in ten suspends one
    const kind = i % 10 === 9 ? KINDS[2] : KINDS[i % 2]
    // the shop's documents, to wait after the approval until all are back (not only the probe's product)
    const shopDocuments = kind === KINDS[2] ? (await find({ creator_handle: product.creator_handle })).metadata.count : 0
    const started = performance.now()
    if (kind === "product edit") {
      const word = `lagprobe${run}n${i}`
      await updateProductsWorkflow(container).run({
        input: { selector: { id: product.id }, update: { title: `${product.title} ${word}` } },
      })
      await until(`edit ${i + 1} (${kind} of ${product.id})`, async () => (await find({ q: word })).hits[0]?.id === product.id)
      lags[kind].push(performance.now() - started)
      await updateProductsWorkflow(container).run({ input: { selector: { id: product.id }, update: { title: product.title } } })
    } else if (kind === "price change") {
      const amount = Math.max(1, product.price - 1 - (i % 7))
      await setPrice(container, product, amount)
      await until(
        `edit ${i + 1} (${kind} of ${product.id})`,
        async () => (await find({ id: product.id, price_azn: amount })).hits.length === 1,
      )
      lags[kind].push(performance.now() - started)
      await setPrice(container, product, product.price)
    } else {
      // polled while the decision runs: search may reflect it before the workflow returns
      loop.reset()
      loop.enable()
      const decided = decideCreatorWorkflow(container)
        .run({ input: { id: product.creator_id, decision: "suspend", actor_type: "user", reason: "lag probe" } })
        .then(() => decisions.push(performance.now() - started))
      await until(
        `edit ${i + 1} (${kind} of ${product.creator_handle}, ${shopDocuments} documents)`,
        async () => (await find({ creator_handle: product.creator_handle })).metadata.count === 0,
      )
      lags[kind].push(performance.now() - started)
      loop.disable()
      blocks.push(loop.max / 1e6)
      await decided
      await decideCreatorWorkflow(container).run({ input: { id: product.creator_id, decision: "approve", actor_type: "user" } })
      // the approval re-indexes the whole shop, one product event each: not measured, given longer. All of
      // it, so the next edits are not measured queued behind that re-index (ADR 057)
      await until(
        `the re-approval of ${product.creator_handle} (${shopDocuments} documents)`,
        async () => (await find({ creator_handle: product.creator_handle })).metadata.count >= shopDocuments,
        5 * TIMEOUT_MS,
      )
    }
  }
  const all = Object.values(lags).flat()
  const summary = (list: number[]) => ({
    n: list.length,
    p50: Math.round(percentile(list, 50)),
    p95: Math.round(percentile(list, 95)),
    max: Math.round(Math.max(...list)),
  })
  console.log(
    `search-lag: ${JSON.stringify({ all: summary(all), ...Object.fromEntries(KINDS.map((kind) => [kind, summary(lags[kind])])), "suspension workflow, to its end": summary(decisions), "longest event-loop block in a suspension's lag": summary(blocks) })}`,
  )
}

type Probe = { id: string; title: string; variant_id: string; price: number; creator_id: string; creator_handle: string }

/** Published products of approved shops with one variant and a plain AZN price, spread over the shops. */
async function pickProducts(container: MedusaContainer, count: number): Promise<Probe[]> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await knex.raw(
    `SELECT * FROM (SELECT DISTINCT ON (p.id) p.id, p.title, v.id AS variant_id, pr.amount::float AS price, cr.id AS creator_id, cr.handle AS creator_handle
     FROM product p
     JOIN creator_creator_product_product ccp ON ccp.product_id = p.id AND ccp.deleted_at IS NULL
     JOIN creator cr ON cr.id = ccp.creator_id AND cr.status = 'approved' AND cr.deleted_at IS NULL
     JOIN product_variant v ON v.product_id = p.id AND v.deleted_at IS NULL
     JOIN product_variant_price_set vps ON vps.variant_id = v.id AND vps.deleted_at IS NULL
     JOIN price pr ON pr.price_set_id = vps.price_set_id AND pr.currency_code = 'azn' AND pr.rules_count = 0 AND pr.deleted_at IS NULL
     WHERE p.status = 'published' AND p.deleted_at IS NULL AND pr.amount > 10
       AND (SELECT count(*) FROM product_variant v2 WHERE v2.product_id = p.id AND v2.deleted_at IS NULL) = 1
     ORDER BY p.id) AS probe ORDER BY row_number() OVER (PARTITION BY creator_id ORDER BY id), creator_id LIMIT :count`,
    { count },
  )
  return rows
}

async function setPrice(container: MedusaContainer, product: Probe, amount: number) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["prices.amount", "prices.currency_code"],
    filters: { id: product.variant_id },
  })
  const prices = ((data[0] as any).prices ?? []).map((price: any) => ({
    amount: price.currency_code === "azn" ? amount : Number(price.amount),
    currency_code: price.currency_code,
  }))
  await updateProductVariantsWorkflow(container).run({ input: { product_variants: [{ id: product.variant_id, prices }] } })
}

async function until(what: string, probe: () => Promise<boolean>, timeoutMs = TIMEOUT_MS) {
  for (const end = Date.now() + timeoutMs; Date.now() < end;) {
    if (await probe()) return
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
  throw new Error(`search-lag: the index did not reflect ${what} within ${timeoutMs / 1000} s`)
}

function percentile(values: number[], p: number) {
  const sorted = [...values].sort((a, b) => a - b)
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN)
}
