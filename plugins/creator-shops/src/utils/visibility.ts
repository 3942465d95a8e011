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
 * it is given at once (it serialises what it updated with everything loaded beside it, ADR 035), and
 * that serialisation holds the event loop: 100 products held it 60–240 ms a call, 25 products 20–55 ms
 * (50k bench catalogue, load ~4), while a suspension's withdrawal and the search answering it wait
 * for the loop (ADR 049, 057). 25 a call, `STATUS_UPDATE_LANES` calls at once, is as fast as 100 one
 * at a time.
 */
export const STATUS_UPDATE_BATCH = 25

/** `updateProducts` calls in flight at once: their database round trips overlap, their serialisations are short. */
export const STATUS_UPDATE_LANES = 4

/** Products whose status is read per Query call: 4,700 in one call held the event loop 0.5–0.7 s (ADR 057). */
export const STATUS_READ_PAGE = 250

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

/**
 * Runs `apply` on the batches, up to `lanes` at a time, in their order. After a failure it starts no
 * further batch and waits for those still running, so `applied` is exactly what was applied.
 */
export async function inLanes<T>(
  batches: T[],
  lanes: number,
  apply: (batch: T) => Promise<unknown>,
): Promise<{ applied: T[]; failure?: { error: unknown } }> {
  const applied: T[] = []
  let failure: { error: unknown } | undefined
  let next = 0
  const lane = async () => {
    while (!failure && next < batches.length) {
      const batch = batches[next++]
      try {
        await apply(batch)
        applied.push(batch)
      } catch (error) {
        failure ??= { error }
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, lanes) }, lane))
  return { applied, failure }
}

/** The changes that undo `changes`. */
export const reversed = (changes: StatusChange[]): StatusChange[] =>
  changes.map(({ id, status, previous }) => ({ id, status: previous, previous: status }))
