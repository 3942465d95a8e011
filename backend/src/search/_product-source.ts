import { container as appContainer } from "@medusajs/framework"
import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { readyMarkets } from "@creative-market/export-listings/lib/ready-markets"
import { coalescing, inOrder } from "./_coalesce"
import { toProductDocument } from "./_product-document"
import { productIdsForEvent } from "./_product-events"
import { loadProductRows } from "./_product-rows"
import { noteWritten } from "./_rebuild-writes"

// The ingestion context carries Query only: the database connection and the export module's
// partners (which Query cannot list: its service names them `Partner`) come from the app's container.

/** Products per page: one statement each for the rows and for the export markets. */
export const SEED_PAGE_SIZE = 1_000

/**
 * A batch of events with at most this many products is a person's edit (a product, its prices, its
 * profile): it goes ahead of bulk work. Bigger batches (a shop's re-read, a status sync's pages)
 * are cut into pages of `BULK_PAGE`, each queued behind the edits, so an edit waits for one page at
 * most, not for a whole shop (ADR 060).
 */
export const EDIT_BATCH = 10
export const BULK_PAGE = 200

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

/** Pages of `ids` as mutations, `SEED_PAGE_SIZE` products per statement. */
async function mutationsForIds(ids: string[]): Promise<Mutation[]> {
  const mutations: Mutation[] = []
  for (let i = 0; i < ids.length; i += SEED_PAGE_SIZE) {
    const page = ids.slice(i, i + SEED_PAGE_SIZE)
    mutations.push(...(await mutationsFor(await loadProductRows(appContainer, { ids: page, limit: page.length }), page)))
  }
  return mutations
}

/** Writes mutations through the Search Module, to the index's active version. */
async function apply(index: string, mutations: Mutation[]): Promise<void> {
  const search = appContainer.resolve(Modules.SEARCH)
  for (const mutation of mutations) {
    if (mutation.action === "upsert") await search.upsertDocuments({ index, documents: mutation.documents })
    else await search.deleteDocuments({ index, filters: mutation.filters })
  }
}

type IndexWriter = {
  products: (ids: string[]) => Promise<void>
  write: (mutations: Mutation[]) => Promise<void>
  withdraw: (handles: string[]) => Promise<void>
}

/**
 * One writer per index (the benchmark's `product_baseline` shares this consume). Its reads and
 * writes happen in the order the events came: a batch reads its products and writes their
 * documents before the next batch reads. Returning mutations for the module to write after
 * `consume` let two batches of one product (an image, then its export profile a few ms later)
 * finish in the other order, leaving the older document in the index until the next edit; a
 * shop's delete could likewise be overtaken by a page read before it. The products of events
 * delivered together are still read and written as one batch (`_coalesce.ts`).
 *
 * A shop's withdrawal goes ahead of the batches still waiting (not of the one in progress): those
 * read their products after it, when the shop is already withdrawn (the decision announces it
 * once the shop's status is written), so they delete rather than re-add; a later approval's
 * re-read is queued after it as before (ADR 049). A person's edit goes ahead of bulk pages
 * (`EDIT_BATCH`, ADR 060).
 */
const writers = new Map<string, IndexWriter>()
function writerFor(index: string): IndexWriter {
  let writer = writers.get(index)
  if (!writer) {
    const serially = inOrder()
    writer = {
      products: coalescing((ids) => {
        const write = (page: string[]) => async () => apply(index, await mutationsForIds(page))
        if (ids.length <= EDIT_BATCH) return serially(write(ids))
        const pages: Promise<void>[] = []
        for (let i = 0; i < ids.length; i += BULK_PAGE) pages.push(serially.bulk(write(ids.slice(i, i + BULK_PAGE))))
        return Promise.all(pages).then(() => undefined)
      }),
      write: (mutations) => serially(() => apply(index, mutations)),
      withdraw: (handles) => serially.first(() => apply(index, [{ action: "delete", filters: { creator_handle: handles } }])),
    }
    writers.set(index, writer)
  }
  return writer
}

/**
 * A shop that leaves `approved` loses its documents in one statement, by its handle (an indexed
 * column), without reading its products: that is what the suspension's lag waits for.
 */
async function leftShopHandles(event: { name: string; data: any }, context: SearchTypes.SearchIngestionContext) {
  if (event.name !== "creator.status_changed" || !event.data?.id || event.data.to === "approved") return undefined
  const { data } = await context.container.query.graph({ entity: "creator", fields: ["handle"], filters: { id: event.data.id } })
  return data.map((creator: any) => creator.handle).filter(Boolean) as string[]
}

/**
 * The product index's `consume`: it writes the event's documents itself, in order (see
 * `writerFor`), and answers no mutations; awaiting it still acknowledges the writes. Products are
 * read by id with the seed's statement.
 */
export async function productConsume(event: { name: string; data: any }, context: SearchTypes.SearchIngestionContext): Promise<Mutation[]> {
  const writer = writerFor(context.index.name)
  const handles = await leftShopHandles(event, context)
  if (handles) {
    if (handles.length) await writer.withdraw(handles)
    return []
  }
  const ids = [...new Set(await productIdsForEvent(event, context))]
  if (!ids.length) return []
  noteWritten(context.index.name, ids)
  if (event.name === "product.deleted") await writer.write([{ action: "delete", filters: { id: ids } }])
  else await writer.products(ids)
  return []
}

/** Reads `ids` again and writes their documents (or deletes them) in `index`'s active version, in order with its other writes. */
export const rewriteProducts = (index: string, ids: string[]) => writerFor(index).products(ids)
