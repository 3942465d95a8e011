import { ContainerRegistrationKeys, Modules, ProductWorkflowEvents } from "@medusajs/framework/utils"
import { createStep, StepResponse, transform, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  inLanes,
  reversed,
  STATUS_READ_PAGE,
  STATUS_UPDATE_LANES,
  statusBatches,
  statusChanges,
  type StatusChange,
  type VisibilityRow,
} from "../../utils/visibility"
import CreatorProductLink from "../../links/creator-product"

type Input = { product_ids?: string[]; creator_ids?: string[]; listing_ids?: string[] }

/**
 * Applies the changes in small batches, a few at a time (`inLanes`), so no batch holds the event
 * loop long while search withdraws the shop beside it (ADR 057); if one fails, the batches already
 * applied are put back before the error goes on, so a failed step leaves every product as it was.
 */
async function applyStatuses(container: any, changes: StatusChange[]) {
  const products = container.resolve(Modules.PRODUCT)
  const update = (batch: StatusChange[]) => products.updateProducts({ id: batch.map(({ id }) => id) }, { status: batch[0].status })
  const { applied, failure } = await inLanes(statusBatches(changes), STATUS_UPDATE_LANES, update)
  if (!failure) return
  for (const batch of statusBatches(reversed(applied.flat()))) await update(batch)
  throw failure.error
}

/**
 * Product ids behind the given products, shops and listings. A shop's ids come from the link's own
 * rows: through `creator.products` Query loads every product of the shop, which held the event
 * loop ~0.5 s for a shop of 4,700 while search withdrew it (ADR 057).
 */
async function productIdsOf(query: any, input: Input): Promise<string[]> {
  const ids = new Set(input.product_ids ?? [])
  if (input.creator_ids?.length) {
    const { data } = await query.graph({
      entity: CreatorProductLink.entryPoint,
      fields: ["product_id"],
      filters: { creator_id: input.creator_ids },
    })
    data.forEach((row: any) => row.product_id && ids.add(row.product_id))
  }
  if (input.listing_ids?.length) {
    const { data } = await query.graph({ entity: "listing", fields: ["product.id"], filters: { id: input.listing_ids } })
    data.forEach((listing: any) => listing.product && ids.add(listing.product.id))
  }
  return [...ids]
}

/** The status changes of `ids`, read `STATUS_READ_PAGE` products at a time so no read holds the event loop long (ADR 057). */
async function changesOf(query: any, ids: string[]): Promise<StatusChange[]> {
  const changes: StatusChange[] = []
  for (let i = 0; i < ids.length; i += STATUS_READ_PAGE) {
    const { data } = await query.graph({
      entity: "product",
      fields: ["id", "status", "creator.status", "listing.published", "listing.moderation_status"],
      filters: { id: ids.slice(i, i + STATUS_READ_PAGE) },
    })
    changes.push(...statusChanges(data as VisibilityRow[]))
  }
  return changes
}

/**
 * Keeps the store honest: sets each marketplace product's status from its listing, its shop
 * and moderation (see `effectiveStatus`). Medusa's store routes, carts and search only offer
 * published products, so nothing of a pending or suspended shop is shown or sold.
 */
export const syncListingVisibilityStep = createStep(
  "sync-listing-visibility",
  async (input: Input, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const ids = await productIdsOf(query, input)
    if (!ids.length) return new StepResponse([], [])
    const changes = await changesOf(query, ids)
    await applyStatuses(container, changes)
    return new StepResponse(changes, changes)
  },
  async (changes, { container }) => {
    if (!changes?.length) return
    await applyStatuses(container, reversed(changes))
  },
)

/**
 * The step, then `product.updated` for every product whose status it changed: the event
 * Medusa's product workflows emit, so search and other listeners catch up.
 */
export function syncListingVisibility(input: WorkflowData<Input> | Input) {
  const changes = syncListingVisibilityStep(input)
  emitEventStep({
    eventName: ProductWorkflowEvents.UPDATED,
    data: transform({ changes }, ({ changes }) => changes.map(({ id }) => ({ id }))),
  }).config({ name: "emit-visibility-changes" })
  return changes
}
