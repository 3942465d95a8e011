export type VisibilityRow = {
  id: string
  status: string
  creator?: { status: string } | null
  listing?: { published: boolean; moderation_status: string } | null
}

/**
 * The product status the store should see. Medusa's store (products, carts, search) only
 * offers `published` products, so a listing is `published` only while the creator wants it
 * published, the shop is approved and moderation passed; waiting for moderation it is
 * `proposed`, refused it is `rejected`, otherwise `draft`.
 */
export function effectiveStatus(row: VisibilityRow): string {
  const listing = row.listing
  if (!listing?.published) return "draft"
  if (listing.moderation_status === "pending") return "proposed"
  if (listing.moderation_status === "rejected") return "rejected"
  return row.creator?.status === "approved" ? "published" : "draft"
}

export type StatusChange = { id: string; status: string; previous: string }

/** The status changes that bring marketplace products in line; products without a shop are left alone. */
export function statusChanges(rows: VisibilityRow[]): StatusChange[] {
  return rows
    .filter((row) => row.creator && row.listing)
    .map((row) => ({ id: row.id, status: effectiveStatus(row), previous: row.status }))
    .filter((change) => change.status !== change.previous)
}

/**
 * Products per `updateProducts` call. The product module's update costs more per product the more
 * it is given at once (it serialises what it updated with everything loaded beside it): on the 50k
 * bench catalogue, 1,000 products of one shop took 2.0 s in calls of 100, 2.8 s in calls of 200
 * and 4.0 s in calls of 25; 800 in one call 9.3 s; a shop of 4,300 in one call 124–302 s (ADR 035).
 */
export const STATUS_UPDATE_BATCH = 100

/** The changes in batches of up to `size` products that go to the same status. */
export function statusBatches(changes: StatusChange[], size = STATUS_UPDATE_BATCH): StatusChange[][] {
  const byStatus = new Map<string, StatusChange[]>()
  for (const change of changes) {
    const group = byStatus.get(change.status)
    if (group) group.push(change)
    else byStatus.set(change.status, [change])
  }
  return [...byStatus.values()].flatMap((group) =>
    Array.from({ length: Math.ceil(group.length / size) }, (_, i) => group.slice(i * size, (i + 1) * size)),
  )
}

/** The changes that undo `changes`. */
export const reversed = (changes: StatusChange[]): StatusChange[] =>
  changes.map(({ id, status, previous }) => ({ id, status: previous, previous: status }))
