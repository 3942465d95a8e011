/**
 * Product ids written incrementally while a rebuild of their index runs. A rebuild seeds a new
 * version, catches up on the products whose `updated_at` moved since it started, and swaps the
 * version in; an incremental write that lands between the rebuild's read of a product and the swap
 * goes to the old version and is lost with it. Changes that do not touch the product row (an export
 * profile saved, an image measured) are not caught up either. So the ids written meanwhile are
 * written again once the rebuild is done, into the version then active (ADR 048).
 */
const watching = new Map<string, Set<string>[]>()

/** Records ids written to `index` for every rebuild of it under way. */
export function noteWritten(index: string, ids: string[]) {
  for (const written of watching.get(index) ?? []) for (const id of ids) written.add(id)
}

/**
 * Runs `rebuild` of `index`, then `rewrite`s the ids written to it meanwhile (also when the rebuild
 * fails: the writes may have gone to a version that is no longer searched either way).
 */
export async function rebuildKeepingWrites<T>(
  index: string,
  rebuild: () => Promise<T>,
  rewrite: (ids: string[]) => Promise<void>,
): Promise<T> {
  const written = new Set<string>()
  watching.set(index, [...(watching.get(index) ?? []), written])
  try {
    return await rebuild()
  } finally {
    watching.set(
      index,
      (watching.get(index) ?? []).filter((set) => set !== written),
    )
    if (written.size) await rewrite([...written])
  }
}
