/** How long a batch stays open for the events delivered with its first one. */
export const COALESCE_WINDOW_MS = 10

/**
 * Runs tasks one after another in the order they were given. A failed task fails its own caller
 * only; the next one runs as usual.
 */
export function inOrder() {
  let tail: Promise<unknown> = Promise.resolve()
  return <T>(task: () => Promise<T>): Promise<T> => {
    const result = tail.then(task)
    tail = result.catch(() => undefined)
    return result
  }
}

/**
 * Merges the keys of calls made together into one call of `run`. The event bus delivers the
 * events of one workflow at once (a shop's suspension: a `product.updated` per product of the
 * shop), so reading and writing each product on its own made thousands of round trips where one
 * page does (ADR 033). Every call of a window waits for the one `run` of every key the window
 * gathered: its success acknowledges them all, its failure is theirs.
 */
export function coalescing(run: (keys: string[]) => Promise<void>, windowMs = COALESCE_WINDOW_MS) {
  let open: { keys: Set<string>; result: Promise<void> } | undefined
  return (keys: string[]): Promise<void> => {
    if (open) {
      for (const key of keys) open.keys.add(key)
      return open.result
    }
    const batch: { keys: Set<string>; result: Promise<void> } = { keys: new Set(keys), result: Promise.resolve() }
    batch.result = new Promise((resolve) => setTimeout(resolve, windowMs)).then(() => {
      open = undefined
      return run([...batch.keys])
    })
    open = batch
    return batch.result
  }
}
