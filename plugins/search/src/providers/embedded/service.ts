import type { Logger, SearchTypes } from "@medusajs/framework/types"
import { AbstractSearchProviderService, extractPrimaryKeyFilter, promiseAll } from "@medusajs/framework/utils"
import { buildIndexPlan, CATALOG_TABLE, tableNameForIndex, type IndexPlan } from "@medusajs/search-postgres/dist/utils"
import { forgetBuild } from "./deferred-build"
import { FoldingPostgresSearch } from "./engine"
import { delegate, invalid } from "./errors"
import { normalizeFilters } from "./filters"
import { embeddedIndexOptions } from "./index-options"
import { parseProviderOptions, typoBudget, typoWeightLabels, type EmbeddedProviderOptionsType } from "./options"
import { checkQuery } from "./query"
import { SynonymTables } from "./synonym-tables"
import { groupQueryWords } from "./synonyms"
import { buildTsQuery, chooseAlternatives, needsCorrection, type Alternative } from "./typo"
import { Vocabulary, type DbManager } from "./vocabulary"

type Definition = SearchTypes.ResolvedSearchIndexDefinition
type Task = SearchTypes.SearchTask

/**
 * The default Search Module provider when no Meilisearch is configured: the
 * stock Postgres provider (storage, filters, facets, sorting), with az/ru
 * folding and an index-assisted "did you mean" typo path on top. Durable and
 * shared by the server and worker processes, since it lives in the database.
 */
export class EmbeddedSearchProvider extends AbstractSearchProviderService {
  static identifier = "embedded"

  protected readonly options_: EmbeddedProviderOptionsType
  protected readonly manager_: DbManager
  protected readonly engine_: FoldingPostgresSearch
  protected readonly vocabulary_: Vocabulary
  protected readonly synonyms_: SynonymTables
  /** By the definition's `fields`: the Search Module hands each query a fresh copy of the definition, with the same fields. */
  protected readonly plans_ = new WeakMap<object, IndexPlan>()

  /** `manager` is the Search Module's MikroORM entity manager, as the stock provider gets it. */
  constructor({ manager, logger }: { manager: DbManager; logger?: Logger }, options?: unknown) {
    super()
    this.options_ = parseProviderOptions(options)
    this.manager_ = manager
    this.engine_ = new FoldingPostgresSearch({ manager, logger }, this.options_.rank_window)
    this.vocabulary_ = new Vocabulary(manager)
    this.synonyms_ = new SynonymTables(manager)
  }

  protected planOf(definition: Definition): IndexPlan {
    const cached = this.plans_.get(definition.fields)
    if (cached?.primary_key === definition.primary_key) {
      return cached
    }
    const plan = buildIndexPlan(definition, "native")
    this.plans_.set(definition.fields, plan)
    return plan
  }

  async upsertIndex({ index }: { index: Definition }): Promise<Task> {
    // Validated (shape, and that each key and synonym holds a word) before anything is built.
    await this.synonyms_.of(index)
    const plan = await delegate(async () => this.planOf(index))
    typoWeightLabels(index, plan)
    // Honoured by weight labels at query time; the stock check would refuse it.
    const typo = index.settings.typo_tolerance && { ...index.settings.typo_tolerance, disabled_on_attributes: undefined }
    this.engine_.forget(index.physical_name)
    const task = await delegate(() =>
      this.engine_.upsertIndex({ index: { ...index, settings: { ...index.settings, typo_tolerance: typo } } }),
    )
    await this.vocabulary_.attach(tableNameForIndex(index.physical_name))
    return task
  }

  async deleteIndex({ index }: { index: string }): Promise<Task> {
    this.engine_.forget(index)
    const task = await this.engine_.deleteIndex({ index })
    await this.vocabulary_.forget(tableNameForIndex(index))
    await forgetBuild(this.manager_, tableNameForIndex(index))
    return task
  }

  /** Only the indexes this provider built: the stock provider shares the catalog table. */
  async listIndexes(): Promise<SearchTypes.SearchIndexInfo[]> {
    const rows = await this.manager_.execute(
      `SELECT "name", "document_count", "created_at", "updated_at" FROM "${CATALOG_TABLE}" c
       WHERE ${Vocabulary.ownedTableSql(`c."table_name"`)} ORDER BY "name"`,
    )
    return rows.map((row) => ({
      name: row.name,
      provider: EmbeddedSearchProvider.identifier,
      document_count: Number(row.document_count),
      created_at: new Date(row.created_at),
      updated_at: new Date(row.updated_at),
    }))
  }

  async upsertDocuments(input: { index: string; definition: Definition; documents: SearchTypes.SearchDocument[] }): Promise<Task> {
    return delegate(() => this.engine_.upsertDocuments(input))
  }

  async deleteDocuments({ index, filters }: SearchTypes.SearchDeleteDocumentsInput): Promise<Task> {
    const stored = await this.engine_.storedIndex(index)
    const { plan } = stored
    // Delete-by-id keeps its fast path even when the primary key is not filterable.
    const checked = extractPrimaryKeyFilter(filters, plan) ? filters : normalizeFilters(filters, plan, index)
    if (!checked || !Object.keys(checked).length) {
      invalid(`Deleting from search index "${index}" needs filters that select documents`)
    }
    return delegate(() => this.engine_.deleteDocuments({ index, filters: checked }, stored))
  }

  async clearIndex({ index }: { index: string }): Promise<Task> {
    return this.engine_.clearIndex({ index })
  }

  async search(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult> {
    return delegate(async () => {
      const plan = this.planOf(input.index)
      // Checked on every query, with or without text, so a bad definition never answers some queries.
      embeddedIndexOptions(input.index)
      const query = checkQuery(input, plan)
      // The stored index is read while the query's words are looked up: two round trips at once.
      const [stored, tsquery] = await Promise.all([
        this.engine_.storedIndex(input.index.physical_name),
        query.q?.trim() ? this.prepareText(query, plan) : undefined,
      ])
      return this.engine_.searchWith(query, tsquery, stored)
    })
  }

  async searchMany(inputs: SearchTypes.ProviderSearchQuery[]): Promise<SearchTypes.SearchResult[]> {
    return promiseAll(inputs.map((input) => this.search(input)))
  }

  /**
   * Reads the query words' vocabulary. A missing vocabulary means a missing
   * index (the module re-resolves the active version on NOT_FOUND, which the
   * stock lookup raises) or one never migrated by this provider.
   */
  protected async analyse(query: SearchTypes.ProviderSearchQuery, table: string, prefixLast: boolean) {
    try {
      return await this.vocabulary_.analyse(table, query.q!, prefixLast)
    } catch (error) {
      if ((error as { code?: string }).code !== "42P01") {
        throw error
      }
      this.engine_.forget(query.index.physical_name)
      await this.engine_.storedIndex(query.index.physical_name)
      return invalid(`Search index "${query.index.name}" was not created by the embedded provider; run \`medusa db:migrate\``)
    }
  }

  /**
   * The free text as a tsquery: folded, split like the documents, misspelled
   * words widened to their closest vocabulary words and synonym keys to their
   * synonyms. A key is corrected like any word, only when the vocabulary does
   * not hold it; synonyms are never corrected.
   */
  protected async prepareText(query: SearchTypes.ProviderSearchQuery, plan: IndexPlan): Promise<string> {
    const table = tableNameForIndex(query.index.physical_name)
    // Meilisearch always matches the last query word as a prefix; an unset strategy does the same
    // here, which also lets "xalça" find "xalçası" (Azerbaijani suffixes). "all" asks for whole words.
    const strategy = query.search_options?.match_strategy ?? "last"
    const [words, synonyms] = await Promise.all([this.analyse(query, table, strategy === "last"), this.synonyms_.of(query.index)])
    const weights = typoWeightLabels(query.index, plan)
    const budget = weights === null ? undefined : typoBudget(query)
    // Like Meilisearch, which reads at most ten query words, a runaway query gets no more corrections.
    const misspelled = budget ? words.filter((word) => needsCorrection(word, budget)).slice(0, 10) : []
    const alternatives = new Map<string, Alternative[]>()
    if (budget && misspelled.length) {
      const candidates = await this.vocabulary_.candidates(table, misspelled, this.options_.similarity_threshold)
      for (const word of misspelled) {
        alternatives.set(word.word, chooseAlternatives(word, candidates.get(word.word) ?? [], budget, this.options_.max_typo_alternatives))
      }
    }
    return buildTsQuery(groupQueryWords(words, synonyms), alternatives, strategy, weights ?? "")
  }
}
