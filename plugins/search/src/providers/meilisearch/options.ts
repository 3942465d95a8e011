import { z } from "@medusajs/framework/zod"
import { invalid } from "./errors"

/** Seeding a large catalogue can keep Meilisearch busy for minutes; the client's 5 s default is far too short. */
export const DEFAULT_TASK_TIMEOUT_MS = 10 * 60 * 1000
export const DEFAULT_TASK_INTERVAL_MS = 250

export const MeilisearchProviderOptions = z
  .object({
    /** Base URL of the Meilisearch server, e.g. `http://127.0.0.1:7700`. */
    host: z.string().url(),
    /** Sent as `Authorization: Bearer <api_key>`; needs search, documents, indexes, settings and tasks rights. */
    api_key: z.string().min(1).optional(),
    /**
     * Prepended to every physical index uid, so several environments can share one
     * server; `listIndexes` only reports (and strips) indexes carrying it.
     */
    index_prefix: z
      .string()
      .regex(/^[A-Za-z0-9_-]*$/, "use letters, digits, '-' or '_' (Meilisearch index uid rules)")
      .default(""),
    /** How long `waitForTask` waits when the Search Module gives no timeout. */
    task_timeout_ms: z.number().int().positive().default(DEFAULT_TASK_TIMEOUT_MS),
    /** Polling interval of `GET /tasks/:uid` while waiting. */
    task_interval_ms: z.number().int().positive().default(DEFAULT_TASK_INTERVAL_MS),
    /** Aborts a single HTTP request after this long; unset means no client-side limit. */
    request_timeout_ms: z.number().int().positive().optional(),
  })
  .strict()

export type MeilisearchProviderOptionsType = z.infer<typeof MeilisearchProviderOptions>

/** Validates the options from `medusa-config.ts`, failing at boot with every problem listed. */
export function parseProviderOptions(raw: unknown): MeilisearchProviderOptionsType {
  const parsed = MeilisearchProviderOptions.safeParse(raw ?? {})
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".") || "options"}: ${issue.message}`).join("; ")
    invalid(`Invalid options for the Meilisearch search provider: ${problems}`)
  }
  return parsed.data
}
