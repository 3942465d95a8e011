/** How long a batch stays open for the events delivered with its first one. */
export const COALESCE_WINDOW_MS = 10

/**
 * Merges the keys of calls made together into one call of `run`. The event bus delivers the
 * events of one workflow at once (a shop's suspension: a `product.updated` per product of the
 * shop), so reading and writing each product on its own made thousands of round trips where one
 * page does (ADR 033). The first call of a window is answered with `run` of every key the window
 * gathered; the others wait for that answer (its failure is theirs) and get `[]`, since the first
 * one already carries their writes.
 */
export function coalescing<T>(run: (keys: string[]) => Promise<T[]>, windowMs = COALESCE_WINDOW_MS) {
  let open: { keys: Set<string>; result: Promise<T[]> } | undefined
  return async (keys: string[]): Promise<T[]> => {
    if (open) {
      for (const key of keys) open.keys.add(key)
      await open.result
      return []
    }
    const batch: { keys: Set<string>; result: Promise<T[]> } = { keys: new Set(keys), result: Promise.resolve([]) }
    batch.result = new Promise((resolve) => setTimeout(resolve, windowMs)).then(() => {
      open = undefined
      return run([...batch.keys])
    })
    open = batch
    return batch.result
  }
}
