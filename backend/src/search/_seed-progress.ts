import { EventEmitter } from "node:events"
import type { SearchTypes } from "@medusajs/framework/types"

/**
 * Documents written by index seeds in this process, for progress reports (the reindex command).
 * `seedProgress.on("documents", ({ index, count }) => …)`; `index` is the definition the seed was
 * written for (a copy of a definition, like the benchmark's baseline, reports under the original).
 */
export const seedProgress = new EventEmitter()

type Seed = (context: SearchTypes.SearchSeedContext) => AsyncIterable<any[]>

/** Wraps an index's `seed` so each batch it yields is reported on `seedProgress`. */
export function reportingProgress<S extends Seed>(index: string, seed: S): S {
  return async function* (context: SearchTypes.SearchSeedContext) {
    for await (const mutations of seed(context)) {
      const count = mutations.filter((m) => m.action === "upsert").reduce((sum, m) => sum + m.documents.length, 0)
      seedProgress.emit("documents", { index, count })
      yield mutations
    }
  } as unknown as S
}
