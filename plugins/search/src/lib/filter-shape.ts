import type { SearchTypes } from "@medusajs/framework/types"
import { invalid } from "./errors"
import { checkText } from "./query-shape"

/**
 * How deeply `$and`/`$or`/`$not` may nest. A storefront needs two or three
 * levels; the limit keeps a crafted tree from exhausting the stack of the
 * recursive compilers (2,000 nested `$not` did) or the engine's parser.
 */
export const MAX_FILTER_DEPTH = 16

const isObject = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === "object" && !Array.isArray(value) && !(value instanceof Date)

/** The keys that say something: the module and the compilers skip undefined values. */
const conditions = (filters: Record<string, unknown>) => Object.entries(filters).filter(([, value]) => value !== undefined)

/**
 * Checks the shape of a filter tree before a provider compiles it, the same
 * way for every engine: bounded nesting, groups that hold conditions, no `q`
 * inside filters, no NUL in values. An empty `$or`, `$and` or `$not` (or an
 * empty filter inside one) would compile to nothing, and nothing means "match
 * everything": a query widened by what looks like a restriction, so it is refused.
 * Field names, operators and value types are the provider's, against its index.
 */
export function checkFilterShape(filters: SearchTypes.SearchFilters | undefined): void {
  if (filters !== undefined && filters !== null) {
    branch(filters, 0)
  }
}

function branch(filters: unknown, depth: number): void {
  if (!isObject(filters)) {
    invalid("Search filters must be an object of fields and $and/$or/$not")
  }
  if (depth > MAX_FILTER_DEPTH) {
    invalid(`Search filters nest $and/$or/$not more than ${MAX_FILTER_DEPTH} levels deep; flatten them`)
  }
  for (const [key, value] of conditions(filters)) {
    if (key === "$and" || key === "$or") {
      if (!Array.isArray(value)) {
        invalid(`${key} takes a list of filters`)
      }
      if (!value.length) {
        invalid(`${key} needs at least one condition`)
      }
      value.forEach((nested) => group(key, nested, depth + 1))
    } else if (key === "$not") {
      group(key, value, depth + 1)
    } else if (key === "q") {
      invalid(`The free-text query "q" cannot be nested inside filters; pass it at the top level`)
    } else if (key.startsWith("$")) {
      invalid(`Unknown logical filter operator "${key}"; use $and, $or or $not`)
    } else {
      values(value, `the filter on "${key}"`, 0)
    }
  }
}

function group(operator: string, nested: unknown, depth: number): void {
  if (isObject(nested) && !conditions(nested).length) {
    invalid(`${operator} needs at least one condition`)
  }
  branch(nested, depth)
}

/** A field's value: a scalar, a list, or an operator map of scalars and lists; deeper shapes are the provider's to refuse. */
function values(value: unknown, where: string, level: number): void {
  if (typeof value === "string") {
    checkText(value, where)
  } else if (level < 2 && (Array.isArray(value) || isObject(value))) {
    Object.values(value).forEach((entry) => values(entry, where, level + 1))
  }
}
