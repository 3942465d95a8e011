import type { Logger, SearchTypes } from "@medusajs/framework/types"
import { extractPrimaryKeyFilter, MedusaError } from "@medusajs/framework/utils"
import { PostgresSearchService } from "@medusajs/search-postgres/dist/services/postgres-search"
import {
  assertQuerySupported,
  CATALOG_TABLE,
  projectIndexedDocument,
  weightLabel,
  type IndexPlan,
} from "@medusajs/search-postgres/dist/utils"
import { executeBound } from "./bound-sql"
import { buildDeferred, deferBuild, defersBuild, finishBuild } from "./deferred-build"
import { invalid } from "./errors"
import { LAYOUT_VERSION, layoutStatements, typedColumns } from "./layout"
import { TypedFilterCompiler } from "./typed-filters"
import { FOLD_FUNCTION, TEXT_LANGUAGE, TS_CONFIG } from "./text"
import { TypedSearch } from "./typed-search"
import { settleVocabulary, type DbManager } from "./vocabulary"

type KeywordInput = { query: SearchTypes.ProviderSearchQuery; catalog: { plan: IndexPlan } }
type LaidOutPlan = IndexPlan & { layout?: number }
type StoredIndex = { plan: IndexPlan; table_name: string }

/** A loading version's batch of at least twice this many documents is written as two statements at once (`upsertDocuments`). */
export const MIN_WRITE_PART = 250

/**
 * The stock provider with its storage and read path changed, writes untouched:
 * - documents and the on-the-fly per-field vectors go through the az/ru fold,
 *   and free text is matched with a tsquery the embedded provider prepared
 *   (folded, typo-corrected) instead of `plainto_tsquery` + `word_similarity`;
 * - tables get the typed layout (`layout.ts`) and are searched with one
 *   statement on native columns (`typed-search.ts`). Tables built before it
 *   (no `layout` in their stored plan) keep the stock read path until a reindex.
 */
export class FoldingPostgresSearch extends PostgresSearchService {
  protected readonly tsqueries_ = new WeakMap<object, string>()
  protected readonly stored_ = new Map<string, Promise<StoredIndex>>()

  constructor(
    deps: { manager: DbManager; logger?: Logger },
    protected readonly rankWindow_ = 100,
  ) {
    super(deps, { engine: "native", language: TEXT_LANGUAGE })
  }

  /** Runs a search whose free text matches `tsquery` (undefined when there is no `q`), on the index `stored` describes when given. */
  async searchWith(
    input: SearchTypes.ProviderSearchQuery,
    tsquery: string | undefined,
    stored?: StoredIndex,
  ): Promise<SearchTypes.SearchResult> {
    if (tsquery !== undefined) {
      this.tsqueries_.set(input, tsquery)
    }
    const catalog = stored ?? (await this.storedIndex(input.index.physical_name))
    const plan = catalog.plan as LaidOutPlan
    try {
      return plan.layout === LAYOUT_VERSION ? await this.typedSearch(input, catalog.table_name, plan) : await this.search(input)
    } catch (error) {
      if ((error as { code?: string }).code !== "42P01") throw error
      this.forget(input.index.physical_name)
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Search index "${input.index.physical_name}" no longer exists`)
    }
  }

  /** The stock `search()`'s checks, then the typed layout's single statement. */
  protected async typedSearch(input: SearchTypes.ProviderSearchQuery, table: string, plan: IndexPlan) {
    assertQuerySupported(input, "native")
    const options = input.search_options ?? {}
    const searchOn = options.attributes_to_search_on ?? plan.searchable
    const unknown = searchOn.find((path) => !plan.searchable.includes(path))
    if (unknown) {
      invalid(`Field "${unknown}" is not searchable on search index "${input.index.name}"`)
    }
    const hasText = !!input.q?.trim()
    if (hasText && !plan.searchable.length) {
      invalid(`Search index "${input.index.name}" has no searchable fields, so it cannot be queried by text`)
    }
    this.resolveOrderBy(input, plan, hasText)
    const path = options.distinct ?? input.index.settings.distinct_attribute
    const expression = this.resolveDistinct(path, plan, input.index.name)
    const everything = plan.searchable.every((field) => searchOn.includes(field))
    return new TypedSearch({
      query: input,
      table,
      plan,
      tsquery: this.prepared(input),
      vector: everything ? `"search_vector"` : this.onTheFlyVectorExpr(searchOn, plan),
      distinct: path && expression ? { path, expression } : undefined,
      rankWindow: this.rankWindow_,
    }).run(this.manager_)
  }

  /**
   * The stock write with one statement per batch instead of one per 200 documents: the rows go as
   * one jsonb parameter read by `jsonb_to_recordset`, and the vector is one fixed expression over
   * the weighted parts (up to `plan.searchable.length`, in the stock order; a missing part is an
   * empty vector, which changes no position). The stock statement bound ~17 parameters per row
   * and spelled each row's expressions out, so parsing and planning cost more than the rows
   * (ADR 026). Same rows, same vocabulary triggers (one statement), same document count.
   */
  async upsertDocuments(input: Parameters<PostgresSearchService["upsertDocuments"]>[0]): Promise<SearchTypes.SearchTask> {
    const catalog = await this.retrieve(input.index)
    const plan = catalog.plan
    if (!input.documents.length || plan.vectors.length) {
      return super.upsertDocuments(input)
    }
    // Last write wins on duplicate ids, as in the stock write.
    const rows = new Map<string, { id: string; document: unknown; indexed: unknown; t: string[]; w: string[]; search_text: string }>()
    for (const document of input.documents) {
      const projection = projectIndexedDocument(document, plan)
      rows.set(projection.id, {
        id: projection.id,
        document,
        indexed: projection.indexed,
        t: projection.weighted_parts.map((part) => part.text),
        w: projection.weighted_parts.map((part) => part.weight),
        search_text: projection.search_text,
      })
    }
    const slots = Math.max(1, plan.searchable.length)
    const vector = Array.from(
      { length: slots },
      (_, i) =>
        `setweight(to_tsvector('${TS_CONFIG}', ${FOLD_FUNCTION}(coalesce(r.t[${i + 1}], ''))), coalesce(r.w[${i + 1}], 'D')::"char")`,
    ).join(" || ")
    // A reindex's page into a version still loading bare (no index, no vocabulary trigger yet) is
    // written as two statements on two connections at once: the write is most of a reindex's
    // database time, and one statement uses one core (ADR 061). A live version's writes stay one
    // statement: its vocabulary triggers would then update the same words from two transactions.
    const all = [...rows.values()]
    const split = all.length >= 2 * MIN_WRITE_PART && (await buildDeferred(this.manager_, catalog.table_name))
    const parts = split ? [all.slice(0, all.length >> 1), all.slice(all.length >> 1)] : [all]
    await Promise.all(parts.map((part) => this.writeRows(input.index, catalog.table_name, vector, part)))
    return this.task(input.index)
  }

  /** One INSERT … ON CONFLICT of `rows` and the index's document count, in one transaction. */
  protected async writeRows(index: string, table: string, vector: string, rows: unknown[]): Promise<void> {
    await this.withTransaction(async (manager) => {
      const written = await executeBound(
        manager,
        `INSERT INTO "${table}" ("id", "document", "indexed", "search_vector", "search_text", "updated_at")
         SELECT r.id, r.document, r.indexed, ${vector}, r.search_text, now()
         FROM jsonb_to_recordset(?::jsonb) AS r(id text, document jsonb, indexed jsonb, t text[], w text[], search_text text)
         ON CONFLICT ("id") DO UPDATE SET "document" = EXCLUDED."document", "indexed" = EXCLUDED."indexed",
           "search_vector" = EXCLUDED."search_vector", "search_text" = EXCLUDED."search_text", "updated_at" = now()
         RETURNING (xmax = 0)::int AS inserted`,
        [JSON.stringify(rows)],
      )
      await this.adjustDocumentCount(
        index,
        written.reduce((sum, row) => sum + Number(row.inserted ?? 0), 0),
        manager,
      )
    })
  }

  /**
   * The stock delete, with filters other than the primary key read from the typed layout's native
   * (indexed) columns: the stock compiler reads `indexed`, which is out of line, so deleting a
   * shop's documents by `creator_handle` detoasted every row of the table (ADR 033). The rows and
   * the document count go in one statement (one round trip, no BEGIN/COMMIT: a shop's withdrawal
   * waits for each one while the event loop is busy with its products, ADR 049); the vocabulary
   * is settled after it has committed. `stored` is the caller's cached plan of the index.
   */
  async deleteDocuments(
    input: Parameters<PostgresSearchService["deleteDocuments"]>[0],
    stored?: StoredIndex,
  ): Promise<SearchTypes.SearchTask> {
    const catalog = stored ?? (await this.retrieve(input.index))
    const plan = catalog.plan as LaidOutPlan
    const where =
      plan.layout === LAYOUT_VERSION && !extractPrimaryKeyFilter(input.filters, plan)
        ? new TypedFilterCompiler(plan, typedColumns(plan)).compile(input.filters)
        : undefined
    if (!where) {
      await super.deleteDocuments(input)
    } else {
      await this.manager_.execute(
        `WITH deleted AS (DELETE FROM "${catalog.table_name}" WHERE ${where.sql} RETURNING 1),
           gone AS (SELECT count(*)::int AS n FROM deleted)
         UPDATE "${CATALOG_TABLE}" SET "document_count" = GREATEST("document_count" - gone.n, 0), "updated_at" = now()
         FROM gone WHERE "name" = ? AND gone.n > 0`,
        [...where.params, input.index],
      )
    }
    await settleVocabulary(this.manager_, catalog.table_name)
    return this.task(input.index)
  }

  /** A new version's secondary indexes wait until it is loaded (`deferred-build.ts`). */
  protected async createDocumentTable(table: string, plan: IndexPlan, manager: DbManager): Promise<void> {
    const statements = layoutStatements(table, plan)
    const deferred = await defersBuild(manager, table)
    for (const statement of deferred ? statements.table : [...statements.table, ...statements.indexes]) {
      await manager.execute(statement)
    }
    if (deferred) {
      // Room for the GIN build (PostgreSQL's 64 MB default made it ~1.5× slower at 50k), for this transaction only;
      // statistics of the columns queries plan on (the jsonb and text columns would be detoasted for nothing).
      const columns = [...new Set(["id", ...[...typedColumns(plan).values()].map((column) => column.name)])]
      await deferBuild(manager, table, [
        `SET LOCAL maintenance_work_mem = '256MB'`,
        ...statements.indexes,
        `ANALYZE "${table}" (${columns.map((name) => `"${name}"`).join(", ")})`,
      ])
    }
  }

  /** Written in the same transaction as the table, so a stored plan with `layout` always describes its table. */
  protected serializePlan(plan: IndexPlan): string {
    return JSON.stringify({ ...JSON.parse(super.serializePlan(plan)), layout: LAYOUT_VERSION })
  }

  protected deserializePlan(raw: unknown): IndexPlan {
    const data = typeof raw === "string" ? JSON.parse(raw) : (raw as { layout?: number })
    return Object.assign(super.deserializePlan(data), { layout: data.layout })
  }

  /**
   * The stored plan of an index (its fields as the stock provider flattened them); NOT_FOUND when
   * missing. Kept per physical name, which the Search Module never reuses for another definition:
   * a query then makes no catalogue read. `forget` drops it (this process deleted or rebuilt the
   * index); a table another process dropped makes the query fail with `undefined_table`, which
   * `searchWith` turns into NOT_FOUND after forgetting it, so the module re-resolves the version.
   */
  async storedIndex(index: string): Promise<StoredIndex> {
    let stored = this.stored_.get(index)
    if (!stored) {
      // A version is built when the module marks it ready; one read before that is built first.
      stored = this.retrieve(index).then(async (catalog) => (await finishBuild(this.manager_, catalog.table_name), catalog))
      this.stored_.set(index, stored)
      stored.catch(() => this.stored_.delete(index))
    }
    return stored
  }

  forget(index: string): void {
    this.stored_.delete(index)
  }

  protected buildSearchVectorSql(parts: { text: string; weight: "A" | "B" | "C" | "D" }[], params: unknown[]): string {
    if (!parts.length) {
      return `''::tsvector`
    }
    return parts
      .map((part) => {
        params.push(part.text)
        return `setweight(to_tsvector('${TS_CONFIG}', ${FOLD_FUNCTION}(coalesce(?, ''))), '${part.weight}')`
      })
      .join(" || ")
  }

  protected onTheFlyVectorExpr(paths: string[], plan: IndexPlan): string {
    if (!paths.length) {
      return `''::tsvector`
    }
    return paths
      .map((path) => {
        const planned = plan.fields.get(path)
        const weight = planned ? weightLabel(planned.field.searchable) : "D"
        const text = `coalesce(indexed#>>'{${path.split(".").join(",")}}', '')`
        return `setweight(to_tsvector('${TS_CONFIG}', ${FOLD_FUNCTION}(${text})), '${weight}')`
      })
      .join(" || ")
  }

  /** The tsquery `searchWith` was given for this query; undefined without free text. */
  protected prepared(query: SearchTypes.ProviderSearchQuery): string | undefined {
    const tsquery = this.tsqueries_.get(query)
    if (query.q?.trim() && tsquery === undefined) {
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "The embedded search provider ran a text query without preparing it")
    }
    return query.q?.trim() ? tsquery : undefined
  }

  protected keywordFragments({ query, catalog }: KeywordInput) {
    const q = query.q?.trim() || undefined
    const tsquery = this.prepared(query)
    const plan = catalog.plan
    const searchOn = query.search_options?.attributes_to_search_on ?? plan.searchable
    const everything = plan.searchable.every((path) => searchOn.includes(path))
    const vector = everything ? `"search_vector"` : this.onTheFlyVectorExpr(searchOn, plan)
    const bind = (params: unknown[]) => {
      params.push(tsquery)
      return `?::tsquery`
    }
    return {
      q,
      needsBm25Limit: false,
      rankSql: (params: unknown[]) => (q ? `ts_rank_cd(${vector}, ${bind(params)})` : `0::float4`),
      matchSql: q ? (params: unknown[]) => `${vector} @@ ${bind(params)}` : undefined,
    }
  }
}
