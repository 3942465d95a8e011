import { listCategories, listCreators } from "./catalogue.server"
import { translate } from "./i18n.server"
import { LOCALE_TAGS, type MessageKey } from "./i18n"
import type { SearchState } from "./search"
import type { Shop } from "./shop.server"

export type FacetOption = { value: string; label: string; count: number; selected: boolean }

/** `{ value: count }` or `[{ value, count }]`, whichever the engine answers, as a list. */
function counts(facet: unknown): { value: string; count: number }[] {
  if (Array.isArray(facet)) {
    return facet.map((entry: { value?: unknown; key?: unknown; count?: unknown }) => ({
      value: String(entry.value ?? entry.key),
      count: Number(entry.count ?? 0),
    }))
  }
  if (facet && typeof facet === "object") {
    const values = "values" in facet ? (facet as { values: unknown }).values : facet
    if (Array.isArray(values)) return counts(values)
    return Object.entries(values as Record<string, unknown>).map(([value, count]) => ({ value, count: Number(count) }))
  }
  return []
}

function options(facet: unknown, selected: string[], label: (value: string) => string): FacetOption[] {
  const found = counts(facet).filter((entry) => entry.value && entry.value !== "undefined" && entry.value !== "null")
  for (const value of selected) if (!found.some((entry) => entry.value === value)) found.push({ value, count: 0 })
  return found
    .map((entry) => ({ ...entry, label: label(entry.value), selected: selected.includes(entry.value) }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
}

function stats(facet: unknown): { min: number; max: number } | null {
  const value = facet as { min?: unknown; max?: unknown; stats?: { min?: unknown; max?: unknown } } | undefined
  const source = value?.stats ?? value
  return typeof source?.min === "number" && typeof source?.max === "number" ? { min: source.min, max: source.max } : null
}

/** Facet options with labels in the visitor's language and the engine's counts. */
export async function facetOptions(shop: Shop, facets: Record<string, unknown>, state: SearchState) {
  const [categories, creators] = await Promise.all([listCategories(shop), listCreators(shop, { limit: 100 })])
  const categoryNames = new Map(categories.map((c) => [c.id, c.name]))
  const creatorNames = new Map(creators.creators.map((c) => [c.handle, c.name]))
  const regions = new Intl.DisplayNames([LOCALE_TAGS[shop.locale]], { type: "region" })
  const region = (code: string) => {
    try {
      return regions.of(code.toUpperCase()) ?? code
    } catch {
      return code
    }
  }
  return {
    kind: options(facets.kind, state.kind, (v) => translate(shop.locale, `kind.${v}` as MessageKey) ?? v),
    programme: options(facets.programme, state.programme, (v) => translate(shop.locale, `programme.${v}` as MessageKey) ?? v),
    category: options(facets.category_ids, state.category, (v) => categoryNames.get(v) ?? v),
    creator: options(facets.creator_handle, state.creator, (v) => creatorNames.get(v) ?? v),
    origin: options(facets.origin_country, state.origin, region),
    export: options(facets.export_markets, state.export, region),
    price: stats(facets[`price_${shop.currency}`]),
  }
}
