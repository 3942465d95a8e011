import type { SearchTypes } from "@medusajs/framework/types"
import { mapFacetResult, normalizeFacetRequests, type IndexPlan } from "@medusajs/search-postgres/dist/utils"
import type { TypedColumn } from "./layout"
import type { Statement } from "./sql"

type Request = ReturnType<typeof normalizeFacetRequests>[number]

/**
 * Count and facets from one pass over the matches. The matches are grouped by
 * the combination of their value-facet fields (a few hundred groups for tens of
 * thousands of products), with the count, the stats inputs and the range counts
 * aggregated per group; every facet is then read from the groups. That is one
 * hash lookup per match instead of one scan (or, for arrays, one unnest) per
 * facet. Same answers as the stock per-facet queries: value facets ordered by
 * count then value (or by value), `query` as a prefix, stats `count` is the
 * number of matches; only the float rounding of `sum`/`avg` may differ.
 */
export class FacetSql {
  readonly requests: Request[]
  protected readonly keys_: TypedColumn[]
  protected readonly numbers_: TypedColumn[]

  constructor(
    requests: (string | SearchTypes.SearchFacetRequest)[] | undefined,
    plan: IndexPlan,
    protected readonly columns_: Map<string, TypedColumn>,
  ) {
    this.requests = normalizeFacetRequests(requests, plan)
    const column = (request: Request) => columns_.get(request.field)!
    const unique = (list: TypedColumn[]) => [...new Set(list)]
    this.keys_ = unique(this.requests.filter((request) => request.type === "value").map(column))
    this.numbers_ = unique(this.requests.filter((request) => request.type === "stats").map(column))
  }

  /** The native columns the grouping reads. */
  get inputs(): string[] {
    return [...new Set(this.requests.map((request) => this.columns_.get(request.field)!.name))]
  }

  /** `SELECT … GROUP BY …` over `source` (a table or CTE, with its WHERE). */
  groups(sql: Statement, source: string): string {
    const keys = this.keys_.map((column, i) => `"${column.name}" AS k${i}`)
    const stats = this.numbers_.flatMap((column, i) => {
      const c = `"${column.name}"`
      return [`min(${c}) AS s${i}_min`, `max(${c}) AS s${i}_max`, `sum(${c}) AS s${i}_sum`, `count(${c}) AS s${i}_n`]
    })
    const ranges = this.requests.flatMap((request, r) =>
      request.type !== "range"
        ? []
        : (request.ranges ?? []).map((range, i) => {
            const c = `"${this.columns_.get(request.field)!.name}"`
            const bounds = [
              ...(range.from === undefined ? [] : [`${c} >= ${sql.bind(range.from, "float8")}`]),
              ...(range.to === undefined ? [] : [`${c} < ${sql.bind(range.to, "float8")}`]),
            ]
            return `count(*) FILTER (WHERE ${bounds.join(" AND ") || "TRUE"}) AS r${r}_${i}`
          }),
    )
    const group = keys.length ? ` GROUP BY ${keys.map((_, i) => i + 1).join(", ")}` : ""
    return `SELECT ${[...keys, "count(*) AS n", ...stats, ...ranges].join(", ")} FROM ${source}${group}`
  }

  /** A jsonb object read from the groups CTE `g`: `count` and one entry per facet request, by position. */
  summary(sql: Statement): string {
    const entries = this.requests.map((request, r) => `'${r}', ${this.facet(sql, request, r)}`)
    return `jsonb_build_object('count', (SELECT coalesce(sum(n), 0) FROM g)${entries.map((entry) => `, ${entry}`).join("")})`
  }

  protected facet(sql: Statement, request: Request, r: number): string {
    if (request.type === "stats") {
      const i = this.numbers_.indexOf(this.columns_.get(request.field)!)
      return `(SELECT jsonb_build_object('min', min(s${i}_min), 'max', max(s${i}_max), 'sum', sum(s${i}_sum), 'n', sum(s${i}_n), 'count', coalesce(sum(n), 0)) FROM g)`
    }
    if (request.type === "range") {
      const counts = (request.ranges ?? []).map((_, i) => `'r${i}', coalesce(sum(r${r}_${i}), 0)`)
      return `(SELECT jsonb_build_object(${counts.join(", ")}) FROM g)`
    }
    const column = this.columns_.get(request.field)!
    const k = `k${this.keys_.indexOf(column)}`
    const values = column.array ? `SELECT e::text AS value, n FROM g, unnest(g.${k}) AS e` : `SELECT ${k}::text AS value, n FROM g`
    const prefix = request.query === undefined ? "" : ` AND value LIKE ${sql.bind(`${request.query}%`)}`
    const order = request.sort === "alpha" ? "value" : "count DESC, value"
    return `(SELECT coalesce(jsonb_agg(jsonb_build_object('value', value, 'count', count) ORDER BY ${order}), '[]') FROM (
      SELECT value, sum(n) AS count FROM (${values}) AS v WHERE value IS NOT NULL${prefix}
      GROUP BY value ORDER BY ${order} LIMIT ${sql.bind(request.limit ?? 10, "int")}) AS f)`
  }

  /** The facets of a summary row, shaped like the stock provider's. */
  read(summary: Record<string, any>): Record<string, SearchTypes.SearchFacetResult> | undefined {
    if (!this.requests.length) {
      return undefined
    }
    const result: Record<string, SearchTypes.SearchFacetResult> = {}
    this.requests.forEach((request, r) => {
      const raw = summary[String(r)]
      const rows = request.type === "value" ? raw : request.type === "range" ? [raw] : [{ ...raw, avg: raw.n > 0 ? raw.sum / raw.n : null }]
      result[request.field] = mapFacetResult(request, rows)
    })
    return result
  }
}
