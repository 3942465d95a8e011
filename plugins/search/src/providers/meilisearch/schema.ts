import type { SearchTypes } from "@medusajs/framework/types"
import { z } from "@medusajs/framework/zod"
import { invalid } from "./errors"

type FieldDefinition = SearchTypes.SearchFieldDefinition
type FacetKind = SearchTypes.SearchFacetKind

/** Field-level `provider_options.meilisearch`. */
export const MeilisearchFieldOptions = z
  .object({
    /** Languages of this field's text (ISO 639-1 or 639-3), becomes a `localizedAttributes` rule. */
    locales: z.array(z.string().min(2)).min(1).optional(),
    /** Enables `<`, `<=`, `>`, `>=` filters; defaults to on for numeric and date fields only. */
    comparison: z.boolean().optional(),
    /** Enables Meilisearch's `/facet-search` on this field (this provider never uses it itself). */
    facetSearch: z.boolean().optional(),
  })
  .strict()

export type MeilisearchFieldOptionsType = z.infer<typeof MeilisearchFieldOptions>

/** A leaf field of the index, addressed by its dotted path. */
export interface PlannedField {
  path: string
  type: SearchTypes.SearchFieldKind
  /** True when the field, or an object it sits in, is an array. */
  array: boolean
  definition: FieldDefinition
  meili: MeilisearchFieldOptionsType
}

export type FieldPlan = Map<string, PlannedField>

const plans = new WeakMap<object, FieldPlan>()

/**
 * Flattens a definition's fields into dotted leaf paths, the same way the
 * Postgres provider does: object containers disappear, and a field inside an
 * array of objects is an array field itself (Meilisearch flattens
 * `variants[].sku` to `variants.sku` too). Cached per `fields` object.
 */
export function planFields(fields: Record<string, FieldDefinition>): FieldPlan {
  const cached = plans.get(fields)
  if (cached) {
    return cached
  }
  const plan: FieldPlan = new Map()
  const walk = (group: Record<string, FieldDefinition>, prefix: string, inArray: boolean) => {
    for (const [name, definition] of Object.entries(group)) {
      const path = prefix ? `${prefix}.${name}` : name
      const array = inArray || definition.array === true
      if (definition.type === "object") {
        walk(definition.fields ?? {}, path, array)
        continue
      }
      plan.set(path, { path, type: definition.type, array, definition, meili: fieldOptions(path, definition) })
    }
  }
  walk(fields, "", false)
  plans.set(fields, plan)
  return plan
}

function fieldOptions(path: string, definition: FieldDefinition): MeilisearchFieldOptionsType {
  const parsed = MeilisearchFieldOptions.safeParse(definition.provider_options?.meilisearch ?? {})
  if (!parsed.success) {
    invalid(
      `Invalid provider_options.meilisearch on search field "${path}": ${parsed.error.issues
        .map((issue) => `${issue.path.join(".") || "options"}: ${issue.message}`)
        .join("; ")}`,
    )
  }
  return parsed.data
}

export function isNumeric(field: PlannedField): boolean {
  return field.type === "integer" || field.type === "float" || field.type === "date"
}

export function isSearchable(field: PlannedField): boolean {
  const searchable = field.definition.searchable
  return searchable === true || typeof searchable === "object"
}

export function searchWeight(field: PlannedField): number {
  const searchable = field.definition.searchable
  return typeof searchable === "object" && searchable.weight !== undefined ? searchable.weight : 1
}

/** Mirrors the Search Module: `facetable: true` means `range` on numeric fields and `value` otherwise. */
export function facetKinds(field: PlannedField): FacetKind[] {
  const facetable = field.definition.facetable
  const defaults: FacetKind[] = isNumeric(field) ? ["range"] : ["value"]
  if (facetable === true) {
    return defaults
  }
  if (typeof facetable === "object") {
    return facetable.types ?? defaults
  }
  return []
}

/** Whether the field lands in `filterableAttributes`. */
export function isFilterableInEngine(field: PlannedField): boolean {
  return !!field.definition.filterable || facetKinds(field).length > 0
}

/** Whether `<`, `<=`, `>`, `>=` (and the range-facet queries built on them) may target the field. */
export function allowsComparison(field: PlannedField): boolean {
  if (field.meili.comparison !== undefined) {
    return field.meili.comparison
  }
  const kinds = facetKinds(field)
  return isNumeric(field) && (!!field.definition.filterable || kinds.includes("range") || kinds.includes("stats"))
}

export function isRetrievable(field: PlannedField): boolean {
  if (field.type === "vector") {
    return field.definition.retrievable === true
  }
  return field.definition.retrievable !== false
}
