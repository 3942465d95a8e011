import { invalid } from "./errors"
import type { FieldResolver } from "./filter"
import { allowsComparison, type FieldPlan } from "./schema"

/** Filters on a known index: the field must exist and be declared filterable. */
export function definitionResolver(plan: FieldPlan, indexName: string): FieldResolver {
  return (path) => {
    const field = plan.get(path)
    if (!field || field.type === "vector") {
      invalid(`Unknown filter field "${path}" on search index "${indexName}"`)
    }
    if (!field.definition.filterable) {
      invalid(`Field "${path}" is not filterable on search index "${indexName}"`)
    }
    return { path, type: field.type, array: field.array, comparison: allowsComparison(field) }
  }
}

/**
 * Deletes receive only a physical index name. When this process has not seen
 * the index's definition yet, fields are passed through untyped (Dates still
 * become milliseconds) and Meilisearch itself rejects non-filterable
 * attributes, failing the task with a message naming the attribute.
 */
export const lenientResolver: FieldResolver = (path) => {
  if (!path || /["\\]/.test(path)) {
    invalid(`Invalid filter field "${path}"`)
  }
  return { path, type: "unknown", array: false, comparison: true }
}
