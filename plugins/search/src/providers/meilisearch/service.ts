import type { Logger, SearchTypes } from "@medusajs/framework/types"
import { AbstractSearchProviderService, extractPrimaryKeyFilter } from "@medusajs/framework/utils"
import { lazyClient } from "./client"
import { toEngineDocument } from "./documents"
import { allIndexes, enqueued, ensureIndex, rawIndexOrNothing, settle } from "./engine"
import { engineCall, invalid, isIndexNotFound, toMedusaError } from "./errors"
import { compileFilter } from "./filter"
import { parseProviderOptions, type MeilisearchProviderOptionsType } from "./options"
import { planQuery } from "./query"
import { definitionResolver, lenientResolver } from "./resolvers"
import { toSearchResult, type EngineResult } from "./result"
import { planFields } from "./schema"
import { buildIndexSettings, ignoredFields } from "./settings"

type Definition = SearchTypes.ResolvedSearchIndexDefinition
type Task = SearchTypes.SearchTask

/** Search Module provider backed by Meilisearch (v1.14+, see the plugin README), registered as `meilisearch`. */
export class MeilisearchSearchProvider extends AbstractSearchProviderService {
  static identifier = "meilisearch"

  protected readonly options_: MeilisearchProviderOptionsType
  protected readonly logger_?: Logger
  protected readonly client_: ReturnType<typeof lazyClient>
  /** Definitions seen by this process, by physical index name: deletes only receive the name. */
  protected readonly definitions_ = new Map<string, Definition>()

  constructor({ logger }: { logger?: Logger }, options: unknown) {
    super()
    this.options_ = parseProviderOptions(options)
    this.logger_ = logger
    this.client_ = lazyClient(this.options_)
  }

  protected uid(index: string): string {
    return `${this.options_.index_prefix}${index}`
  }

  async upsertIndex({ index }: { index: Definition }): Promise<Task> {
    const settings = buildIndexSettings(index)
    const ignored = ignoredFields(index)
    if (ignored.length) {
      this.logger_?.warn(`[meilisearch] Ignoring vector field(s) ${ignored.join(", ")} of search index "${index.name}"`)
    }
    const uid = this.uid(index.physical_name)
    const client = await this.client_()
    await ensureIndex(client, uid, index.primary_key)
    // Waited on, so a definition Meilisearch refuses fails `db:migrate`, not the first query.
    const task = await settle(client, client.index(uid).updateSettings(settings), `apply the settings of "${uid}"`)
    this.definitions_.set(index.physical_name, index)
    return { id: String(task.uid), index: index.physical_name, status: "succeeded" }
  }

  async deleteIndex({ index }: { index: string }): Promise<Task> {
    this.definitions_.delete(index)
    const client = await this.client_()
    try {
      return enqueued(await client.deleteIndex(this.uid(index)), index)
    } catch (error) {
      if (isIndexNotFound(error)) {
        return { index, status: "succeeded" }
      }
      throw toMedusaError(error)
    }
  }

  async listIndexes(): Promise<SearchTypes.SearchIndexInfo[]> {
    const client = await this.client_()
    const [indexes, stats] = await Promise.all([allIndexes(client), engineCall(() => client.getStats())])
    const prefix = this.options_.index_prefix
    return indexes
      .filter((index) => index.uid.startsWith(prefix))
      .map((index) => ({
        name: index.uid.slice(prefix.length),
        provider: MeilisearchSearchProvider.identifier,
        document_count: stats.indexes[index.uid]?.numberOfDocuments ?? 0,
        created_at: new Date(index.createdAt),
        updated_at: new Date(index.updatedAt),
      }))
  }

  async upsertDocuments({
    index,
    definition,
    documents,
  }: {
    index: string
    definition: Definition
    documents: SearchTypes.SearchDocument[]
  }): Promise<Task> {
    if (!documents.length) {
      return { index, status: "succeeded" }
    }
    this.definitions_.set(index, definition)
    const plan = planFields(definition.fields)
    const body = documents.map((document) => toEngineDocument(document, plan, definition.primary_key))
    const client = await this.client_()
    return enqueued(await engineCall(() => client.index(this.uid(index)).addDocuments(body)), index)
  }

  async deleteDocuments({ index, filters }: SearchTypes.SearchDeleteDocumentsInput): Promise<Task> {
    const uid = this.uid(index)
    const client = await this.client_()
    const definition = this.definitions_.get(index)
    const primaryKey = definition?.primary_key ?? (await rawIndexOrNothing(client, uid))?.primaryKey ?? "id"
    const ids = extractPrimaryKeyFilter(filters, { primary_key: primaryKey })
    if (ids && !ids.length) {
      return { index, status: "succeeded" }
    }
    if (ids) {
      return enqueued(await engineCall(() => client.index(uid).deleteDocuments(ids)), index)
    }
    const resolver = definition ? definitionResolver(planFields(definition.fields), definition.name) : lenientResolver
    const filter =
      compileFilter(filters, resolver) ??
      invalid(`The delete filters for "${index}" select nothing to filter on; use a reindex to empty an index`)
    return enqueued(await engineCall(() => client.index(uid).deleteDocuments({ filter })), index)
  }

  async clearIndex({ index }: { index: string }): Promise<Task> {
    const client = await this.client_()
    return enqueued(await engineCall(() => client.index(this.uid(index)).deleteAllDocuments()), index)
  }

  async search(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult> {
    const [result] = await this.searchMany([input])
    return result
  }

  /** Every query — with its exact-count and range-facet companions — in one `POST /multi-search`. */
  async searchMany(inputs: SearchTypes.ProviderSearchQuery[]): Promise<SearchTypes.SearchResult[]> {
    if (!inputs.length) {
      return []
    }
    const plans = inputs.map((input) => planQuery(input, this.uid(input.index.physical_name)))
    inputs.forEach((input) => this.definitions_.set(input.index.physical_name, input.index))
    const client = await this.client_()
    const { results } = await engineCall(() => client.multiSearch({ queries: plans.flatMap((plan) => plan.queries) }))
    let offset = 0
    return plans.map((plan) => toSearchResult(plan, results.slice(offset, (offset += plan.queries.length)) as EngineResult[]))
  }

  /** Its presence tells the Search Module that writes are asynchronous. */
  async waitForTask(task: Task, options?: { timeout_ms?: number }): Promise<Task> {
    if (!task.id || task.status === "succeeded" || task.status === "failed") {
      return task
    }
    const timeout = options?.timeout_ms ?? this.options_.task_timeout_ms
    const client = await this.client_()
    try {
      const done = await client.tasks.waitForTask(Number(task.id), { timeout, interval: this.options_.task_interval_ms })
      return done.status === "succeeded"
        ? { ...task, status: "succeeded" }
        : {
            ...task,
            status: "failed",
            error: { message: done.error?.message ?? `Meilisearch task ${task.id} was ${done.status}`, code: done.error?.code },
          }
    } catch (error) {
      if ((error as Error).name === "MeilisearchTaskTimeOutError") {
        return {
          ...task,
          status: "failed",
          error: { message: `Meilisearch task ${task.id} did not finish within ${timeout} ms`, code: "task_timeout" },
        }
      }
      throw toMedusaError(error)
    }
  }
}

export default MeilisearchSearchProvider
