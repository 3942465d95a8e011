import type { SearchTypes } from "@medusajs/framework/types"
import { invalid } from "./errors"
import type { FieldPlan } from "./schema"

/**
 * `pagination.order` → Meilisearch `sort`. Relevance (`_score`) is what remains
 * after the sort rule, so it can only come last and only descending.
 */
export function sortRules(order: SearchTypes.SearchPagination["order"], plan: FieldPlan, index: string): string[] {
  const entries = Object.entries(order ?? {})
  return entries.flatMap(([path, direction], position) => {
    if (path === "_score") {
      if (direction !== "DESC" || position !== entries.length - 1) {
        invalid(
          `Meilisearch can only order by relevance descending, after every field sort ("_score: ${direction}" on search index "${index}")`,
        )
      }
      return []
    }
    const field = plan.get(path)
    if (!field || !field.definition.sortable) {
      invalid(`Field "${path}" is not sortable on search index "${index}"`)
    }
    if (field.array) {
      invalid(`Cannot sort search index "${index}" by array field "${path}"`)
    }
    return [`${path}:${direction === "ASC" ? "asc" : "desc"}`]
  })
}
