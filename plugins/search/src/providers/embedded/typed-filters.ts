import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { toWhereClause, type IndexPlan } from "@medusajs/search-postgres/dist/utils"
import type { TypedColumn } from "./layout"

/** SQL with `?` placeholders and their values, in order. */
export type Fragment = { sql: string; params: unknown[] }
type Scalar = string | number | boolean | null

const OPERATORS = new Set([
  "$eq",
  "$ne",
  "$in",
  "$nin",
  "$gt",
  "$gte",
  "$lt",
  "$lte",
  "$exists",
  "$contains",
  "$overlaps",
  "$prefix",
  "$like",
])
const COMPARISONS: Record<string, string> = { $gt: ">", $gte: ">=", $lt: "<", $lte: "<=" }

/** The stock compiler's casts, so a filter value means the same on both layouts. */
function cast(column: TypedColumn, value: unknown): Scalar {
  if (value === null || value === undefined) {
    return null
  }
  if (column.type === "float8") {
    const number = value instanceof Date ? value.getTime() : typeof value === "number" ? value : Number(value)
    if (Number.isNaN(number)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Cannot cast filter value for "${column.path}" to a number`)
    }
    return number
  }
  if (column.type === "boolean") {
    return typeof value === "boolean" ? value : value === "true" || value === "false" ? value === "true" : Boolean(value)
  }
  return typeof value === "string" ? value : String(value)
}

/** Operators this compiler expresses exactly on a column; anything else goes to the stock compiler (on `indexed`). */
function native(column: TypedColumn, raw: unknown): boolean {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    return true
  }
  return Object.keys(raw).every((operator) => {
    if (!OPERATORS.has(operator)) return false
    if (operator in COMPARISONS) return !column.array
    if (operator === "$contains" || operator === "$overlaps") return column.array
    if (operator === "$prefix" || operator === "$like") return !column.array && column.type === "text"
    return true
  })
}

/**
 * Compiles normalized filters (see `normalizeFilters`) to predicates on the
 * native columns of the typed layout. Same results as the stock compiler's
 * jsonb containment: equality is two-valued (a document without the field is
 * "not equal", also under NOT), comparisons and LIKE are three-valued
 * (unknown for a missing field, also under NOT), arrays match by membership.
 * Under a NOT, equality is written `col = v AND col IS NOT NULL`: two-valued,
 * and still usable by the column's index. Elsewhere unknown already excludes
 * the row like false does, so the guard is left out (one test less per row).
 */
export class TypedFilterCompiler {
  protected params_: unknown[] = []
  /** How many NOTs enclose the predicate being compiled. */
  protected negated_ = 0

  constructor(
    protected readonly plan_: IndexPlan,
    protected readonly columns_: Map<string, TypedColumn>,
  ) {}

  compile(filters: SearchTypes.SearchFilters | undefined): Fragment | undefined {
    this.params_ = []
    const sql = filters ? this.branch(filters as Record<string, unknown>) : ""
    return sql ? { sql, params: this.params_ } : undefined
  }

  protected branch(filters: Record<string, unknown>): string {
    const parts: string[] = []
    for (const [key, value] of Object.entries(filters)) {
      if (key === "$and" || key === "$or") {
        const nested = (value as Record<string, unknown>[]).map((inner) => this.branch(inner)).filter(Boolean)
        if (nested.length) parts.push(`(${nested.join(key === "$and" ? " AND " : " OR ")})`)
      } else if (key === "$not") {
        const nested = this.negate(() => this.branch(value as Record<string, unknown>))
        if (nested) parts.push(`NOT (${nested})`)
      } else if (key !== "q") {
        parts.push(this.field(key, value))
      }
    }
    return parts.join(" AND ")
  }

  protected field(path: string, raw: unknown): string {
    const column = this.columns_.get(path)
    if (!column || !native(column, raw)) {
      // Unknown fields and operators fail there with the stock messages; the rest reads `indexed`.
      const stock = toWhereClause({ [path]: raw } as SearchTypes.SearchFilters, this.plan_)!
      this.params_.push(...stock.params)
      return `(${stock.sql})`
    }
    if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
      return this.anyOf(column, Array.isArray(raw) ? raw : [raw])
    }
    const parts = Object.entries(raw).map(([operator, value]) => this.operator(column, operator, value))
    return parts.length === 1 ? parts[0] : `(${parts.join(" AND ")})`
  }

  protected operator(column: TypedColumn, operator: string, value: unknown): string {
    const c = `"${column.name}"`
    const list = () => (Array.isArray(value) ? value : [value])
    switch (operator) {
      case "$eq":
        return this.anyOf(column, [value])
      case "$ne":
        return value === null || value === undefined ? `${c} IS NOT NULL` : `NOT ${this.negate(() => this.anyOf(column, [value]))}`
      case "$in":
      case "$overlaps":
        return this.anyOf(column, list())
      case "$nin":
        return `NOT ${this.negate(() => this.anyOf(column, list()))}`
      case "$exists":
        return value ? `${c} IS NOT NULL` : `${c} IS NULL`
      case "$contains":
        return this.known(`${c} @> ${this.array(column, list())}`, c)
      case "$prefix":
      case "$like":
        return `${c} LIKE ${this.bind(operator === "$prefix" ? `${String(value)}%` : String(value))}`
      default:
        return `${c} ${COMPARISONS[operator]} ${this.bind(cast(column, value), column.type)}`
    }
  }

  /** Equal to (on arrays: holding) any of the values; a null value means "absent". */
  protected anyOf(column: TypedColumn, values: unknown[]): string {
    const c = `"${column.name}"`
    const present = values.map((value) => cast(column, value)).filter((value) => value !== null)
    const parts = present.length < values.length ? [`${c} IS NULL`] : []
    if (present.length === 1 && !column.array) {
      parts.push(this.known(`${c} = ${this.bind(present[0], column.type)}`, c))
    } else if (present.length) {
      const list = this.array(column, present)
      parts.push(this.known(column.array ? `${c} ${present.length === 1 ? "@>" : "&&"} ${list}` : `${c} = ANY(${list})`, c))
    }
    return !parts.length ? "FALSE" : parts.length === 1 ? parts[0] : `(${parts.join(" OR ")})`
  }

  /** A membership test that is false, not unknown, for a missing field, where that can matter. */
  protected known(test: string, c: string): string {
    return this.negated_ ? `(${test} AND ${c} IS NOT NULL)` : test
  }

  protected negate(compile: () => string): string {
    this.negated_++
    try {
      return compile()
    } finally {
      this.negated_--
    }
  }

  protected array(column: TypedColumn, values: unknown[]): string {
    const items = values.map((value) => this.bind(cast(column, value), column.type))
    return `ARRAY[${items.join(", ")}]::${column.type}[]`
  }

  protected bind(value: unknown, type?: string): string {
    this.params_.push(value)
    return type ? `?::${type}` : "?"
  }
}
