import type { SearchTypes } from "@medusajs/framework/types"

type Definition = SearchTypes.ResolvedSearchIndexDefinition

/** A marketplace product index shaped like backend/src/search/product.ts is meant to be. */
export function productDefinition(overrides: Partial<Definition> = {}): Definition {
  return {
    name: "product",
    entity: "product",
    primary_key: "id",
    provider: "meilisearch",
    physical_name: "product_v1",
    definition_hash: "test",
    fields: {
      id: { type: "keyword", filterable: true },
      title_en: { type: "text", searchable: { weight: 5 }, provider_options: { meilisearch: { locales: ["eng"] } } },
      title_az: { type: "text", searchable: { weight: 5 }, provider_options: { meilisearch: { locales: ["aze"] } } },
      description_en: { type: "text", searchable: true },
      handle: { type: "keyword", searchable: { weight: 2 }, filterable: true },
      brand: { type: "keyword", searchable: { weight: 3 }, filterable: true, facetable: true },
      status: { type: "keyword", filterable: true },
      sales_channel_ids: { type: "keyword", array: true, filterable: true },
      tags: { type: "keyword", array: true, filterable: true, facetable: true },
      price_azn: { type: "float", filterable: true, sortable: true, facetable: { types: ["range", "stats"] } },
      in_stock: { type: "boolean", filterable: true },
      created_at: { type: "date", filterable: true, sortable: true },
      variants: {
        type: "object",
        array: true,
        fields: {
          sku: { type: "keyword", searchable: { weight: 4 }, filterable: true },
          barcode: { type: "keyword", retrievable: false },
        },
      },
      internal_note: { type: "text", retrievable: false },
    },
    settings: {
      typo_tolerance: { min_word_size_for_one_typo: 4, disabled_on_attributes: ["variants.sku", "handle"] },
      provider_options: {
        meilisearch: {
          synonyms: { xalca: ["xalça", "carpet"] },
          faceting: { maxValuesPerFacet: 20, sortFacetValuesBy: { "*": "count" } },
          pagination: { maxTotalHits: 5000 },
          typoTolerance: { disableOnNumbers: true },
        },
      },
    },
    seed: async function* () {},
    ...overrides,
  }
}

/** A provider query with the Search Module's normalisation already applied. */
export function searchInput(overrides: Partial<SearchTypes.ProviderSearchQuery> = {}): SearchTypes.ProviderSearchQuery {
  return {
    index: productDefinition(),
    attributes_to_retrieve: ["id", "title_en", "price_azn", "created_at"],
    pagination: { skip: 0, take: 20 },
    ...overrides,
  }
}
