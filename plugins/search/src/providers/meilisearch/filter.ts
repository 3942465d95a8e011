import type { SearchTypes } from "@medusajs/framework/types"
import { checkFilterShape } from "../../lib/filter-shape"
import { invalid } from "./errors"
import { literal, quote, type FilterField } from "./filter-values"

type Filters = SearchTypes.SearchFilters

/** Resolves a filter path to a field, or rejects it (unknown, not filterable, …). */
export type FieldResolver = (path: string) => FilterField & { comparison: boolean }

/**
 * Compiles Medusa's filter tree into one Meilisearch filter expression, or
 * `undefined` when nothing filters. Every attribute and value is a quoted token;
 * operators Meilisearch cannot express exactly are rejected, never approximated.
 * Semantics follow the Postgres provider: sibling keys AND together, a bare value
 * (or list) means equality (or membership), `null` means "absent", and on arrays
 * equality means "contains".
 */
export function compileFilter(filters: Filters | undefined, resolve: FieldResolver): string | undefined {
  // Bounds the recursion below and refuses empty groups, nested `q`, unknown `$` keys and NUL, as on every provider.
  checkFilterShape(filters)
  return filters ? branch(filters, resolve) : undefined
}

function branch(filters: Filters, resolve: FieldResolver): string | undefined {
  const parts: string[] = []
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined) {
      continue
    }
    if (key === "$and" || key === "$or") {
      const nested = (value as Filters[]).map((child) => branch(child, resolve)).filter(isText)
      if (nested.length) {
        parts.push(nested.length === 1 ? nested[0] : `(${nested.join(key === "$and" ? " AND " : " OR ")})`)
      }
    } else if (key === "$not") {
      const nested = branch(value as Filters, resolve)
      if (nested) {
        parts.push(`NOT (${nested})`)
      }
    } else {
      parts.push(predicate(resolve(key), value))
    }
  }
  return parts.length > 1 ? `(${parts.join(" AND ")})` : parts[0]
}

type Field = ReturnType<FieldResolver>

function predicate(field: Field, raw: unknown): string {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw) || raw instanceof Date) {
    return Array.isArray(raw) ? anyOf(field, raw) : equals(field, raw)
  }
  const entries = Object.entries(raw as Record<string, unknown>)
  if (!entries.length) {
    invalid(`Empty operator map on filter field "${field.path}"`)
  }
  const parts = entries.map(([operator, value]) => operation(field, operator, value))
  return parts.length === 1 ? parts[0] : `(${parts.join(" AND ")})`
}

function operation(field: Field, operator: string, value: unknown): string {
  const attribute = quote(field.path)
  switch (operator) {
    case "$eq":
      return equals(field, value)
    case "$ne":
      return value === null ? present(field) : `NOT ${equals(field, value)}`
    case "$in":
      return anyOf(field, Array.isArray(value) ? value : [value])
    case "$nin":
      return `NOT ${anyOf(field, Array.isArray(value) ? value : [value])}`
    case "$gt":
    case "$gte":
    case "$lt":
    case "$lte":
      return `${attribute} ${comparison(field, operator, value)} ${literal(field, value)}`
    case "$exists":
      return value ? present(field) : absent(field)
    case "$contains": {
      const values = arrayOperands(field, operator, value)
      return values.length === 1 ? values[0] : `(${values.join(" AND ")})`
    }
    case "$overlaps":
      return `${attribute} IN [${arrayOperands(field, operator, value, true).join(", ")}]`
    case "$prefix":
      if (field.array || typeof value !== "string") {
        invalid(`$prefix on "${field.path}" needs a string operand and a single-valued field`)
      }
      return `${attribute} STARTS WITH ${literal(field, value)}`
    case "$like":
      return invalid(
        `The Meilisearch search provider does not support $like (on "${field.path}"): Meilisearch has no pattern filter, and its experimental CONTAINS matches plain substrings without wildcards, so the result would differ`,
      )
    default:
      return invalid(`Unsupported filter operator "${operator}" on "${field.path}"`)
  }
}

function equals(field: Field, value: unknown): string {
  return value === null ? absent(field) : `${quote(field.path)} = ${literal(field, value)}`
}

function anyOf(field: Field, values: unknown[]): string {
  const present = values.filter((value) => value !== null)
  const membership = `${quote(field.path)} IN [${present.map((value) => literal(field, value)).join(", ")}]`
  return present.length === values.length ? membership : `(${membership} OR ${absent(field)})`
}

/** Empty arrays count as absent, as they do on the Postgres provider. */
function absent(field: Field): string {
  const attribute = quote(field.path)
  const empty = field.array ? ` OR ${attribute} IS EMPTY` : ""
  return `(${attribute} NOT EXISTS OR ${attribute} IS NULL${empty})`
}

function present(field: Field): string {
  return `NOT ${absent(field)}`
}

function comparison(field: Field, operator: string, value: unknown): string {
  if (field.array) {
    invalid(`${operator} is not supported on array field "${field.path}": Meilisearch would match any element`)
  }
  if (!field.comparison) {
    invalid(
      `${operator} needs comparison filters on "${field.path}"; declare it numeric or set provider_options.meilisearch.comparison: true on the field`,
    )
  }
  if (value === null || value === undefined) {
    invalid(`${operator} on "${field.path}" needs a value`)
  }
  return { $gt: ">", $gte: ">=", $lt: "<", $lte: "<=" }[operator as "$gt"]
}

function arrayOperands(field: Field, operator: string, value: unknown, allowEmpty = false): string[] {
  if (!field.array && field.type !== "unknown") {
    invalid(`${operator} on "${field.path}" needs an array field`)
  }
  const values = Array.isArray(value) ? value : [value]
  if (!values.length && !allowEmpty) {
    invalid(`${operator} on "${field.path}" needs at least one value`)
  }
  const attribute = quote(field.path)
  return values.map((entry) => (operator === "$contains" ? `${attribute} = ${literal(field, entry)}` : literal(field, entry)))
}

function isText(value: string | undefined): value is string {
  return !!value
}
