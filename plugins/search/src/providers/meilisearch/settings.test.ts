import { describe, expect, it } from "vitest"
import { productDefinition } from "./__tests__/fixtures"
import { buildIndexSettings, DEFAULT_RANKING_RULES } from "./settings"

describe("index settings built from a definition", () => {
  it("translates the product definition into the exact settings body", () => {
    expect(buildIndexSettings(productDefinition())).toEqual({
      searchableAttributes: ["title_en", "title_az", "variants.sku", "brand", "handle", "description_en"],
      filterableAttributes: [
        {
          attributePatterns: ["id", "handle", "brand", "status", "sales_channel_ids", "tags", "in_stock", "variants.sku"],
          features: { facetSearch: false, filter: { equality: true, comparison: false } },
        },
        {
          attributePatterns: ["price_azn", "created_at"],
          features: { facetSearch: false, filter: { equality: true, comparison: true } },
        },
      ],
      sortableAttributes: ["price_azn", "created_at"],
      displayedAttributes: [
        "id",
        "title_en",
        "title_az",
        "description_en",
        "handle",
        "brand",
        "status",
        "sales_channel_ids",
        "tags",
        "price_azn",
        "in_stock",
        "created_at",
        "variants.sku",
      ],
      rankingRules: DEFAULT_RANKING_RULES,
      typoTolerance: {
        minWordSizeForTypos: { oneTypo: 4 },
        disableOnAttributes: ["variants.sku", "handle"],
        disableOnNumbers: true,
      },
      localizedAttributes: [
        { attributePatterns: ["title_en"], locales: ["eng"] },
        { attributePatterns: ["title_az"], locales: ["aze"] },
      ],
      synonyms: { xalca: ["xalça", "carpet"] },
      faceting: { maxValuesPerFacet: 20, sortFacetValuesBy: { "*": "count" } },
      pagination: { maxTotalHits: 5000 },
    })
  })

  it("keeps declaration order between fields of equal weight", () => {
    const settings = buildIndexSettings(
      productDefinition({
        fields: {
          id: { type: "keyword" },
          b: { type: "text", searchable: true },
          a: { type: "text", searchable: { weight: 1 } },
          c: { type: "text", searchable: { weight: 2 } },
        },
        settings: {},
      }),
    )
    expect(settings.searchableAttributes).toEqual(["c", "b", "a"])
  })

  it("always displays the primary key, even when it is not retrievable", () => {
    const settings = buildIndexSettings(
      productDefinition({ fields: { id: { type: "keyword", retrievable: false }, title: { type: "text" } }, settings: {} }),
    )
    expect(settings.displayedAttributes).toEqual(["id", "title"])
  })

  it("lets a keyword field opt into comparison filters and facet search", () => {
    const settings = buildIndexSettings(
      productDefinition({
        fields: {
          id: { type: "keyword" },
          sku: { type: "keyword", filterable: true, provider_options: { meilisearch: { comparison: true, facetSearch: true } } },
        },
        settings: {},
      }),
    )
    expect(settings.filterableAttributes).toEqual([
      { attributePatterns: ["sku"], features: { facetSearch: true, filter: { equality: true, comparison: true } } },
    ])
  })

  it("passes ranking rules, distinct attribute and typo switches through", () => {
    const settings = buildIndexSettings(
      productDefinition({
        settings: {
          distinct_attribute: "handle",
          typo_tolerance: { enabled: false },
          provider_options: { meilisearch: { rankingRules: ["words", "sort", "sales_count:desc"], searchCutoffMs: 800 } },
        },
      }),
    )
    expect(settings).toMatchObject({
      distinctAttribute: "handle",
      typoTolerance: { enabled: false },
      rankingRules: ["words", "sort", "sales_count:desc"],
      searchCutoffMs: 800,
    })
  })

  it("rejects geo fields, which this provider cannot hold", () => {
    const definition = productDefinition({ fields: { id: { type: "keyword" }, location: { type: "geo" } } })
    expect(() => buildIndexSettings(definition)).toThrow(/geo fields \("location"/)
  })

  it("names the offending key of unknown provider options", () => {
    const definition = productDefinition({ settings: { provider_options: { meilisearch: { embedders: {} } } } })
    expect(() => buildIndexSettings(definition)).toThrow(/settings\.provider_options\.meilisearch.*embedders/)
  })

  it("rejects a distinct attribute or typo exemption that is not a field", () => {
    expect(() => buildIndexSettings(productDefinition({ settings: { distinct_attribute: "nope" } }))).toThrow(
      /distinct_attribute names "nope"/,
    )
    expect(() => buildIndexSettings(productDefinition({ settings: { typo_tolerance: { disabled_on_attributes: ["skuu"] } } }))).toThrow(
      /disabled_on_attributes names "skuu"/,
    )
  })

  it("rejects invalid field-level provider options with the field named", () => {
    const definition = productDefinition({
      fields: { id: { type: "keyword" }, title: { type: "text", provider_options: { meilisearch: { locale: "en" } } } },
    })
    expect(() => buildIndexSettings(definition)).toThrow(/search field "title"/)
  })
})
