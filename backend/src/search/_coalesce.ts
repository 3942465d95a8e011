/** How long a batch stays open for the events delivered with its first one. */
export const COALESCE_WINDOW_MS = 10

/** Where a task waits: a shop's withdrawal, then a person's edit, then bulk pages (a shop's re-read). */
export type Priority = "first" | "normal" | "bulk"
const RANK: Record<Priority, number> = { first: 0, normal: 1, bulk: 2 }

type Job = { run: () => Promise<unknown>; rank: number; done: (result: Promise<unknown>) => void }

/**
 * Runs tasks one after another, each waiting behind the tasks of its own or a higher priority
 * given before it. A failed task fails its own caller only; the next one runs as usual.
 * `first(task)` runs a task as soon as the one in progress ends, before every other still waiting:
 * a shop's withdrawal must not wait for product batches queued before it (ADR 049).
 * `bulk(task)` waits behind everything else: the pages of a shop's re-read must not hold up a
 * person's edit (ADR 060). Reordering waiting tasks is safe because a task reads its products
 * when it runs, not when it is queued: whichever runs later writes what it read later.
 */
export function inOrder() {
  const waiting: Job[] = []
  let busy = false
  const drain = async () => {
    busy = true
    for (let job = waiting.shift(); job; job = waiting.shift()) {
      const result = Promise.resolve().then(job.run)
      job.done(result)
      await result.catch(() => undefined)
    }
    busy = false
  }
  const enqueue = <T>(run: () => Promise<T>, priority: Priority) =>
    new Promise<T>((resolve, reject) => {
      const job: Job = { run, rank: RANK[priority], done: (result) => (result as Promise<T>).then(resolve, reject) }
      const at = waiting.findIndex((queued) => queued.rank > job.rank)
      if (at === -1) waiting.push(job)
      else waiting.splice(at, 0, job)
      if (!busy) void drain()
    })
  return Object.assign(<T>(task: () => Promise<T>): Promise<T> => enqueue(task, "normal"), {
    first: <T>(task: () => Promise<T>): Promise<T> => enqueue(task, "first"),
    bulk: <T>(task: () => Promise<T>): Promise<T> => enqueue(task, "bulk"),
  })
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
