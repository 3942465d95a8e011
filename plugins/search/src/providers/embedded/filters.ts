import type { SearchTypes } from "@medusajs/framework/types"
import { searchValueToNumber } from "@medusajs/framework/utils"
import type { IndexPlan, PlannedField } from "@medusajs/search-postgres/dist/utils"
import { checkFilterShape } from "../../lib/filter-shape"
import { invalid } from "./errors"

type Filters = SearchTypes.SearchFilters
type Scalar = string | number | boolean | Date | null

const SCALAR_OPERATORS = new Set(["$eq", "$ne", "$lt", "$lte", "$gt", "$gte"])
const LIST_OPERATORS = new Set(["$in", "$nin", "$overlaps", "$contains"])
const TEXT_OPERATORS = new Set(["$prefix", "$like"])

const isScalar = (value: unknown): value is Scalar =>
  value === null || value instanceof Date || ["string", "number", "boolean"].includes(typeof value)

/**
 * Date fields are stored as epoch milliseconds. The stock compiler only converts
 * `Date` objects, so an ISO string would become NaN and match nothing.
 * `where` names the filter or facet, for the message.
 */
export function dateOperand(value: unknown, where: string): number {
  const ms = typeof value === "number" ? value : searchValueToNumber(value, true)
  return ms !== undefined && Number.isFinite(ms) ? ms : invalid(`${shown(value)} is not a date (in ${where})`)
}

/**
 * Numbers are compared as float8. The stock compilers read any string with
 * Number(), so "abc" would reach SQL as NaN, which Postgres sorts above every
 * number (`$lt: "abc"` would match everything); Infinity is refused alike, as
 * on Meilisearch.
 */
export function numberOperand(value: unknown, where: string): number {
  const number = typeof value === "number" ? value : typeof value === "string" && value.trim() ? Number(value) : NaN
  return Number.isFinite(number) ? number : invalid(`${shown(value)} is not a number (in ${where})`)
}

const shown = (value: unknown) => (typeof value === "string" ? `"${value}"` : String(value))

function operand(planned: PlannedField, value: Scalar): Scalar {
  const where = `the filter on "${planned.path}"`
  if (value === null) return value
  if (planned.is_date) return dateOperand(value, where)
  return planned.kind === "number" ? numberOperand(value, where) : value
}

/** `%`, `_` and `\` are LIKE syntax; escaped, a `$prefix`/`$like` value is matched literally. */
export const escapeLike = (value: string) => value.replace(/[\\%_]/g, (char) => `\\${char}`)

/**
 * Checks a filter tree against the index and returns it ready for the stock
 * compiler. The stock compiler silently skips keys it does not know (a nested
 * `q`, a non-`$` key inside an operator map) and reads `$prefix`/`$like`
 * values as LIKE patterns; either would widen a query, so both are refused or
 * escaped here. `$like` means "contains this substring", as the type says.
 */
export function normalizeFilters(filters: Filters | undefined, plan: IndexPlan, index: string): Filters | undefined {
  // Bounds the recursion below and refuses empty groups, nested `q` and NUL, as on every provider.
  checkFilterShape(filters)
  return filters ? branch(filters, plan, index) : undefined
}

function branch(filters: Filters, plan: IndexPlan, index: string): Filters {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined) {
      continue
    }
    if (key === "$and" || key === "$or") {
      out[key] = (value as Filters[]).map((nested) => branch(nested, plan, index))
    } else if (key === "$not") {
      out[key] = branch(value as Filters, plan, index)
    } else {
      out[key] = field(key, value, plan, index)
    }
  }
  return out as Filters
}

function field(path: string, value: unknown, plan: IndexPlan, index: string): unknown {
  const planned = plan.fields.get(path)
  if (!planned || planned.kind === "vector") {
    invalid(`Unknown filter field "${path}" on search index "${index}"`)
  }
  if (!planned.field.filterable) {
    invalid(`Field "${path}" is not filterable on search index "${index}"`)
  }
  if (isScalar(value)) {
    return operand(planned, value)
  }
  if (Array.isArray(value) && value.every(isScalar)) {
    return value.map((entry) => operand(planned, entry))
  }
  if (typeof value !== "object" || Array.isArray(value) || !Object.keys(value as object).length) {
    invalid(`Filter on "${path}" must be a value, a list of values or an operator map on search index "${index}"`)
  }
  const out: Record<string, unknown> = {}
  for (const [operator, given] of Object.entries(value as Record<string, unknown>)) {
    out[operator] = operatorValue(planned, operator, given, index)
  }
  return out
}

function operatorValue(planned: PlannedField, operator: string, value: unknown, index: string): unknown {
  const path = planned.path
  const bad = (expected: string): never => invalid(`Operator ${operator} on "${path}" takes ${expected} on search index "${index}"`)
  if (SCALAR_OPERATORS.has(operator)) {
    return isScalar(value) ? operand(planned, value) : bad("a single value")
  }
  if (LIST_OPERATORS.has(operator)) {
    const list = Array.isArray(value) ? value : [value]
    return list.every(isScalar) ? list.map((entry) => operand(planned, entry)) : bad("a list of values")
  }
  if (operator === "$exists") {
    return typeof value === "boolean" ? value : bad("true or false")
  }
  if (TEXT_OPERATORS.has(operator)) {
    if (typeof value !== "string") {
      bad("a string")
    }
    const literal = escapeLike(value as string)
    // The stock compiler appends `%` to $prefix and uses $like as the whole pattern.
    return operator === "$prefix" ? literal : `%${literal}%`
  }
  return invalid(`The embedded search provider does not support filter operator "${operator}" (on "${path}")`)
}
