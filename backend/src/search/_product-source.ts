import { container as appContainer } from "@medusajs/framework"
import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { readyMarkets } from "@creative-market/export-listings/lib/ready-markets"
import { toProductDocument } from "./_product-document"
import { productIdsForEvent } from "./_product-events"
import { loadProductRows } from "./_product-rows"

// The ingestion context carries Query only: the database connection and the export module's
// partners (which Query cannot list: its service names them `Partner`) come from the app's container.

/** Products per page: one statement each for the rows and for the export markets. */
export const SEED_PAGE_SIZE = 1_000

type Mutation = { action: "upsert"; documents: any[] } | { action: "delete"; filters: Record<string, string[]> }

/**
 * Documents for product rows, and the mutations that apply them: an upsert of those produced, a
 * delete of the ids given (`expected`) that produced none (gone, soft-deleted, or of a shop that
 * is not approved).
 */
async function mutationsFor(rows: any[], expected: string[]): Promise<Mutation[]> {
  const live = rows.filter((row) => !row.deleted_at)
  const markets = await readyMarkets(
    appContainer,
    live.map((row) => row.id),
  )
  const documents = live.map((row) => toProductDocument(row, row.translations, markets.get(row.id))).filter((doc) => doc !== null)
  const produced = new Set(documents.map((doc) => doc!.id))
  const removed = expected.filter((id) => !produced.has(id))
  return [
    ...(documents.length ? [{ action: "upsert" as const, documents }] : []),
    ...(removed.length ? [{ action: "delete" as const, filters: { id: removed } }] : []),
  ]
}

/** A scoped reindex's product ids (`reindex({ index: "product", filters: { id } })`); the only filter it takes. */
function scopedIds(filters: Record<string, unknown> | undefined): string[] | undefined {
  if (!filters || !Object.keys(filters).length) return undefined
  const { id, ...rest } = filters
  if (Object.keys(rest).length || (typeof id !== "string" && !(Array.isArray(id) && id.every((v) => typeof v === "string")))) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `The product index reindexes by product id only (filters: { id: [...] })`)
  }
  return Array.isArray(id) ? id : [id]
}

/**
 * The product index's `seed`: pages of products by ascending id from the context's `last_key`
 * (so an interrupted run resumes), each read with one SQL statement (`_product-rows.ts`). The
 * catch-up pass reads the products changed since it started, soft-deleted ones included, and
 * deletes what has no document, as `graphSeed` does.
 */
export function productSeed(pageSize = SEED_PAGE_SIZE) {
  return async function* (context: SearchTypes.SearchSeedContext): AsyncIterable<Mutation[]> {
    const ids = scopedIds(context.filters as Record<string, unknown> | undefined)
    const load = async (after: string | undefined) => {
      const rows = await loadProductRows(appContainer, { after, ids, since: context.catchup?.since, limit: pageSize })
      // a full seed fills an empty version: nothing to delete; the catch-up pass deletes what left
      return { rows, mutations: rows.length ? await mutationsFor(rows, context.catchup ? rows.map((row) => row.id) : []) : [] }
    }
    // The next page is read while this one is written: reads and writes overlap in the database.
    let next = load(context.last_key === undefined ? undefined : String(context.last_key))
    while (true) {
      const { rows, mutations } = await next
      const more = rows.length === pageSize
      if (more) {
        next = load(rows[rows.length - 1].id)
        // awaited on the next turn; a consumer that stops early must not leave it unhandled
        next.catch(() => undefined)
      }
      if (mutations.length) yield mutations
      if (!more) return
    }
  }
}

/** The product index's `consume`: the event's products read by id with the seed's statement. */
export async function productConsume(event: { name: string; data: any }, context: SearchTypes.SearchIngestionContext): Promise<Mutation[]> {
  const ids = [...new Set(await productIdsForEvent(event, context))]
  if (!ids.length) return []
  if (event.name === "product.deleted") return [{ action: "delete", filters: { id: ids } }]
  const rows = await loadProductRows(appContainer, { ids, limit: ids.length })
  return mutationsFor(rows, ids)
}
