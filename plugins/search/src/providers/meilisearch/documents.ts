import type { SearchTypes } from "@medusajs/framework/types"
import { invalid } from "./errors"
import type { FieldPlan } from "./schema"

type Leaf = (value: unknown) => unknown

/**
 * Date fields are stored as UNIX timestamps in **milliseconds** — the unit the
 * Search Module's own helpers (`searchValueToNumber`) and the Postgres provider
 * use — so that range filters, range facets, `facetStats` and sorting work on
 * them. Hits convert them back to ISO-8601 strings.
 */
export function toEngineDocument(document: SearchTypes.SearchDocument, plan: FieldPlan, primaryKey: string): Record<string, unknown> {
  const key = document[primaryKey]
  if (key === undefined || key === null || key === "") {
    invalid(`A document written to Meilisearch is missing its primary key "${primaryKey}"`)
  }
  return mapDateFields(document, plan, (value, path) => {
    const millis = toMillis(value)
    if (millis === undefined) {
      invalid(`Document "${String(key)}" has an invalid date in "${path}": ${JSON.stringify(value)}`)
    }
    return millis
  })
}

/** Reverses `toEngineDocument` on a hit. */
export function fromEngineDocument(hit: Record<string, unknown>, plan: FieldPlan): Record<string, unknown> {
  return mapDateFields(hit, plan, (value) => (typeof value === "number" ? new Date(value).toISOString() : value))
}

/** Dates as filter operands or facet bounds: a Date, an ISO string, or already milliseconds. */
export function toMillis(value: unknown): number | undefined {
  const millis = value instanceof Date ? value.getTime() : typeof value === "string" ? Date.parse(value) : value
  return typeof millis === "number" && Number.isFinite(millis) ? millis : undefined
}

function mapDateFields(
  source: Record<string, unknown>,
  plan: FieldPlan,
  convert: (value: unknown, path: string) => unknown,
): Record<string, unknown> {
  let result = source
  for (const field of plan.values()) {
    if (field.type === "date") {
      const leaf: Leaf = (value) => (value === null || value === undefined ? value : convert(value, field.path))
      result = mapPath(result, field.path.split("."), leaf) as Record<string, unknown>
    }
  }
  return result
}

/** Copies only along `segments`, mapping every leaf (and every element of arrays met on the way). */
function mapPath(value: unknown, segments: string[], leaf: Leaf): unknown {
  if (Array.isArray(value)) {
    return value.map((entry) => mapPath(entry, segments, leaf))
  }
  if (!segments.length) {
    return leaf(value)
  }
  if (value === null || typeof value !== "object" || !(segments[0] in value)) {
    return value
  }
  const [head, ...rest] = segments
  const object = value as Record<string, unknown>
  return { ...object, [head]: mapPath(object[head], rest, leaf) }
}
