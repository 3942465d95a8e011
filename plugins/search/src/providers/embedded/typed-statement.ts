import type { SearchTypes } from "@medusajs/framework/types"
import type { IndexPlan } from "@medusajs/search-postgres/dist/utils"
import { FacetSql } from "./facet-sql"
import { HEAD_COLUMN, headLabels, typedColumns } from "./layout"
import { Statement } from "./sql"
import { TypedFilterCompiler } from "./typed-filters"

export type TypedSearchInput = {
  query: SearchTypes.ProviderSearchQuery
  table: string
  plan: IndexPlan
  /** The prepared tsquery; undefined without free text. */
  tsquery?: string
  /** `"search_vector"`, or the on-the-fly vector of `attributes_to_search_on`. */
  vector: string
  /** The stock expression of the distinct field, when one applies (validated by the caller). */
  distinct?: { path: string; expression: string }
  rankWindow: number
}

/**
 * The one statement of a search on the typed layout (`layout.ts`). Its rows
 * are the hits in order (`ord` set) and one summary row (count and facets,
 * see `FacetSql`), all from a single pass over the matches.
 * - Free text is matched through the GIN index first (an `OFFSET 0` fence
 *   keeps the planner from starting with a filter index and testing the
 *   tsquery on every row), then filtered on native columns.
 * - Relevance order ranks by blocks: the matches are pre-ranked with
 *   `ts_rank` on `search_head` (titles and names, in the row), cut into blocks
 *   of `rankWindow`, and each block the page touches is ranked exactly with
 *   `ts_rank_cd` on the whole vector, the stock score. Up to `rankWindow`
 *   matches the order is exactly the stock order; beyond, title matches come
 *   first, and pages never overlap since blocks do not depend on the page.
 * - Any other order, `distinct` or `min_score` rank every match exactly.
 */
export class TypedStatement {
  protected readonly sql_ = new Statement()
  readonly facets: FacetSql

  constructor(protected readonly input_: TypedSearchInput) {
    this.facets = new FacetSql(input_.query.search_options?.facets, input_.plan, typedColumns(input_.plan))
  }

  build(): { sql: string; params: unknown[] } {
    return this.sql_.finish(this.statement())
  }

  get skip() {
    return this.input_.query.pagination?.skip ?? 0
  }

  get take() {
    return this.input_.query.pagination?.take ?? 20
  }

  get counted() {
    return this.input_.query.search_options?.count !== "none"
  }

  protected column(path: string): string {
    return typedColumns(this.input_.plan).get(path)!.name
  }

  /** ORDER BY for the plain and exact paths, over a relation holding `id`, the native columns and `score` (as `score`). */
  protected orderSql(score = "score"): string {
    const order = Object.entries(this.input_.query.pagination?.order ?? {})
    const clauses = order.map(([path, direction]) => `${path === "_score" ? score : `"${this.column(path)}"`} ${direction} NULLS LAST`)
    if (!order.length && this.input_.tsquery !== undefined) {
      clauses.push("score DESC NULLS LAST")
    }
    return [...clauses, `"id" ASC`].join(", ")
  }

  protected statement(): string {
    const { tsquery, vector, distinct, query } = this.input_
    const options = query.search_options ?? {}
    const order = Object.entries(query.pagination?.order ?? {})
    const relevance = !order.length || (order.length === 1 && order[0][0] === "_score" && order[0][1] === "DESC")
    const exact = !!distinct || options.min_score !== undefined
    if (tsquery === undefined && !exact) {
      return this.plain()
    }
    const blocks = tsquery !== undefined && relevance && !exact && vector === `"search_vector"` && !!headLabels(this.input_.plan)
    return blocks ? this.blocks() : this.exact()
  }

  protected where(): string {
    const where = new TypedFilterCompiler(this.input_.plan, typedColumns(this.input_.plan)).compile(this.input_.query.filters)
    return where ? this.sql_.embed(where) : "TRUE"
  }

  protected tsquery(): string {
    return this.sql_.bind(this.input_.tsquery, "tsquery")
  }

  /** The matches: text first, through its index; then the filters on native columns. */
  protected matches(): string {
    const { table, tsquery, vector } = this.input_
    return tsquery === undefined
      ? `"${table}" WHERE ${this.where()}`
      : `(SELECT * FROM "${table}" WHERE ${vector} @@ ${this.tsquery()} OFFSET 0) AS s WHERE ${this.where()}`
  }

  protected page(offset: string): string {
    return `LIMIT ${this.sql_.bind(this.take, "int")} OFFSET ${offset}`
  }

  /** `g` and the final SELECT: hit rows (`ord` set) and one summary row. */
  protected finish(ctes: string[], source: string | undefined, hits: string | undefined, count?: string): string {
    const summarised = this.counted || this.facets.requests.length > 0
    const all = [...ctes, ...(summarised ? [`g AS (${this.facets.groups(this.sql_, source ?? this.matches())})`] : [])]
    const summary = summarised ? this.facets.summary(this.sql_) : "NULL::jsonb"
    const total = count ? `${summary} || jsonb_build_object('count', ${count})` : summary
    const parts = [
      ...(hits && this.take > 0 ? [`SELECT ord, id, score, document, NULL::jsonb AS summary FROM (${hits}) AS hits`] : []),
      `SELECT NULL::bigint AS ord, NULL::text AS id, NULL::float4 AS score, NULL::jsonb AS document, ${total} AS summary`,
    ]
    return `${all.length ? `WITH ${all.join(",\n")}\n` : ""}${parts.join("\nUNION ALL\n")}\nORDER BY 1`
  }

  /** No text, no dedup: the page straight from the table in index order, the summary from its own pass. */
  protected plain(): string {
    // Without text every score is 0; a window cannot read the output column, so `_score` sorts by the constant.
    const order = this.orderSql("(0::float4)")
    const hits = `SELECT "id" AS id, 0::float4 AS score, "document", row_number() OVER (ORDER BY ${order}) AS ord
      FROM ${this.matches()} ORDER BY ${order} ${this.page(this.sql_.bind(this.skip, "int"))}`
    return this.finish([], undefined, hits)
  }

  /** Relevance by blocks of `rankWindow` pre-ranked matches, each ranked exactly. */
  protected blocks(): string {
    const { table, rankWindow: w } = this.input_
    const first = Math.floor(this.skip / w)
    const last = Math.floor((this.skip + Math.max(this.take, 1) - 1) / w)
    const inputs = this.facets.inputs
      .filter((name) => name !== "id")
      .map((name) => `, "${name}"`)
      .join("")
    const m = `m AS MATERIALIZED (SELECT "id", ts_rank("${HEAD_COLUMN}", ${this.tsquery()}) AS pre${inputs} FROM ${this.matches()})`
    const top = `top AS (SELECT id, (row_number() OVER (ORDER BY pre DESC, id) - 1) / ${w} AS block
      FROM (SELECT id, pre FROM m ORDER BY pre DESC, id LIMIT ${(last + 1) * w}) AS x)`
    const hits = `SELECT id, score, document, row_number() OVER (ORDER BY block, score DESC, id) AS ord FROM (
        SELECT top.id, top.block, ts_rank_cd(t."search_vector", ${this.tsquery()}) AS score, t."document"
        FROM top JOIN "${table}" AS t ON t."id" = top.id WHERE top.block >= ${first}) AS ranked
      ORDER BY block, score DESC, id ${this.page(String(this.skip - first * w))}`
    return this.finish([m, top], "m", hits)
  }

  /** Every match scored exactly; dedup and `min_score` apply to the hits and the count, not to facets (as stock). */
  protected exact(): string {
    const { table, tsquery, vector, distinct, query } = this.input_
    const minScore = query.search_options?.min_score
    const order = this.orderSql()
    const sorted = Object.keys(query.pagination?.order ?? {}).filter((path) => path !== "_score")
    const names = new Set([...this.facets.inputs, ...sorted.map((path) => this.column(path))])
    names.delete("id")
    const typed = distinct && typedColumns(this.input_.plan).get(distinct.path)
    const dedup = distinct ? `, ${typed ? `"${typed.name}"` : distinct.expression} AS d` : ""
    const score = tsquery === undefined ? "0::float4" : `ts_rank_cd(${vector}, ${this.tsquery()})`
    const m = `m AS MATERIALIZED (SELECT "id", ${score} AS score${[...names].map((name) => `, "${name}"`).join("")}${dedup} FROM ${this.matches()})`
    const kept = distinct
      ? `(SELECT *, row_number() OVER (PARTITION BY d ORDER BY ${order}) AS rn FROM m) AS r WHERE rn = 1`
      : "m WHERE TRUE"
    const f = `f AS (SELECT * FROM ${kept}${minScore === undefined ? "" : ` AND score >= ${this.sql_.bind(minScore, "float8")}`})`
    const hits = `SELECT p.id, p.score, t."document", p.ord FROM (
        SELECT id, score, row_number() OVER (ORDER BY ${order}) AS ord FROM f ORDER BY ${order} ${this.page(this.sql_.bind(this.skip, "int"))}
      ) AS p JOIN "${table}" AS t ON t."id" = p.id`
    return this.finish([m, f], "m", hits, this.counted ? "(SELECT count(*) FROM f)" : undefined)
  }
}
