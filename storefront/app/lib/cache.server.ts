/**
 * A small in-process cache for anonymous catalogue reads. Keys always carry the region and
 * locale (see medusa.server.ts); customer-specific calls never come here. Concurrent misses
 * for one key share one backend request, and an expired entry is served while one refresh runs.
 */
type Entry = { value: unknown; fresh: number; stale: number }

const MAX_ENTRIES = 2000
const entries = new Map<string, Entry>()
const pending = new Map<string, Promise<unknown>>()

function remember(key: string, value: unknown, ttlMs: number) {
  if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!)
  const now = Date.now()
  entries.set(key, { value, fresh: now + ttlMs, stale: now + ttlMs * 10 })
}

function refresh<T>(key: string, ttlMs: number, load: () => Promise<T>): Promise<T> {
  const running = pending.get(key)
  if (running) return running as Promise<T>
  const promise = load()
    .then((value) => (remember(key, value, ttlMs), value))
    .finally(() => pending.delete(key))
  pending.set(key, promise)
  return promise
}

export async function cached<T>(key: string, ttlMs: number, load: () => Promise<T>): Promise<T> {
  if (ttlMs <= 0) return load()
  const entry = entries.get(key)
  const now = Date.now()
  if (entry && entry.fresh > now) return entry.value as T
  if (entry && entry.stale > now) {
    refresh(key, ttlMs, load).catch(() => {})
    return entry.value as T
  }
  return refresh(key, ttlMs, load)
}

export function clearCache() {
  entries.clear()
}
