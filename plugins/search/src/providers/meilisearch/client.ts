import type { Meilisearch } from "meilisearch" with { "resolution-mode": "import" }
import type { MeilisearchProviderOptionsType } from "./options"

/**
 * `meilisearch` ships as ESM only. A dynamic import loads it from this
 * CommonJS build without relying on Node's `require(esm)`, and keeps the
 * provider's constructor synchronous.
 */
export function lazyClient(options: MeilisearchProviderOptionsType): () => Promise<Meilisearch> {
  let client: Promise<Meilisearch> | undefined
  return () => {
    client ??= import("meilisearch").then(
      ({ Meilisearch }) =>
        new Meilisearch({
          host: options.host,
          apiKey: options.api_key,
          timeout: options.request_timeout_ms,
          clientAgents: ["Medusa Search Module (@creative-market/search)"],
          defaultWaitOptions: { timeout: options.task_timeout_ms, interval: options.task_interval_ms },
        }),
    )
    client.catch(() => {
      client = undefined
    })
    return client
  }
}
