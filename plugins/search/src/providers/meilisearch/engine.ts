import type { EnqueuedTask, EnqueuedTaskPromise, IndexObject, Meilisearch, Task } from "meilisearch" with { "resolution-mode": "import" }
import { MedusaError } from "@medusajs/framework/utils"
import { engineCall, isIndexNotFound, toMedusaError } from "./errors"

/** Waits for a write the provider itself depends on (index creation, settings) and fails loudly. */
export async function settle(client: Meilisearch, write: EnqueuedTaskPromise, what: string): Promise<Task> {
  const enqueued = await engineCall(() => write)
  const task = await engineCall(() => client.tasks.waitForTask(enqueued.taskUid))
  if (task.status !== "succeeded") {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Meilisearch could not ${what}: ${task.error?.message ?? `the task ended as ${task.status}`}`,
    )
  }
  return task
}

export async function rawIndexOrNothing(client: Meilisearch, uid: string): Promise<IndexObject | undefined> {
  try {
    return await client.getRawIndex(uid)
  } catch (error) {
    if (isIndexNotFound(error)) {
      return undefined
    }
    throw toMedusaError(error)
  }
}

/**
 * Creates the index with its primary key set explicitly (Meilisearch would
 * otherwise guess it from any attribute ending in "id"). A primary key cannot
 * change once documents exist, so an index holding another one is recreated —
 * safe, since the Search Module only points this at a version it is about to seed.
 */
export async function ensureIndex(client: Meilisearch, uid: string, primaryKey: string): Promise<void> {
  const existing = await rawIndexOrNothing(client, uid)
  if (existing?.primaryKey === primaryKey) {
    return
  }
  if (existing && !existing.primaryKey) {
    await settle(client, client.updateIndex(uid, { primaryKey }), `set the primary key of "${uid}"`)
    return
  }
  if (existing) {
    await settle(client, client.deleteIndex(uid), `recreate "${uid}" with primary key "${primaryKey}"`)
  }
  await settle(client, client.createIndex(uid, { primaryKey }), `create index "${uid}"`)
}

/** Every index on the server, following `GET /indexes` pagination. */
export async function allIndexes(client: Meilisearch): Promise<IndexObject[]> {
  const indexes: IndexObject[] = []
  for (let offset = 0; ;) {
    const page = await engineCall(() => client.getRawIndexes({ offset, limit: 100 }))
    indexes.push(...page.results)
    offset += page.results.length
    if (!page.results.length || offset >= page.total) {
      return indexes
    }
  }
}

export function enqueued(task: EnqueuedTask, index: string) {
  return { id: String(task.taskUid), index, status: "enqueued" as const }
}
