import { defineSearchIndex, search } from "@medusajs/framework/utils"
import { LOCALE_INFO } from "../markets"
import { CURRENCIES, LOCALES } from "./_product-document"
import { synonymMap } from "./_synonyms"
import { PRODUCT_INDEX_EVENTS } from "./_product-events"
import { productConsume, productSeed } from "./_product-source"
import { reportingProgress } from "./_seed-progress"

const price = () =>
  search
    .float()
    .filterable()
    .sortable()
    .facetable({ types: ["range", "stats"] })
const localized = (weight: number) => search.text().searchable({ weight })
/** `<name>_en`, `<name>_az`, … one field per market locale */
const perLocale = <T>(name: string, field: () => T) => Object.fromEntries(LOCALES.map((locale) => [`${name}_${locale}`, field()]))

const fields = search.define({
  id: search.keyword().filterable(),
  handle: search.keyword(),
  thumbnail: search.keyword(),
  status: search.keyword().filterable(),
  ...perLocale("title", () => localized(5)),
  // the titles with Azerbaijani letters folded to ASCII (ə→e, ğ→g…): engines without that fold (Meilisearch) find kelagayi too
  title_folded: search.text().searchable({ weight: 4 }).retrievable(false),
  ...perLocale("description", () => localized(1)),
  creator_name: search.text().searchable({ weight: 2 }),
  creator_handle: search.keyword().filterable().facetable(),
  programme: search.keyword().filterable().facetable(),
  kind: search.keyword().filterable().facetable(),
  category_ids: search.keyword().array().filterable().facetable(),
  category_names: search.text().array().searchable({ weight: 3 }),
  tags: search.keyword().array().filterable().facetable(),
  ...Object.fromEntries(CURRENCIES.map((currency) => [`price_${currency}`, price()])),
  export_ready: search.boolean().filterable().facetable(),
  // the partner markets (ISO-2) the product is export-ready for: buyers filter "ready for DE"
  export_markets: search.keyword().array().filterable().facetable(),
  origin_country: search.keyword().filterable().facetable(),
  sales_channel_ids: search.keyword().array().filterable(),
  created_at: search.date().filterable().sortable(),
})

/** The definition, kept for the benchmark's baseline copy (product-baseline.ts). */
export const productIndex = {
  name: "product",
  entity: "product",
  fields,
  settings: {
    typo_tolerance: { enabled: true, min_word_size_for_one_typo: 4, min_word_size_for_two_typos: 8 },
    provider_options: {
      meilisearch: {
        synonyms: synonymMap(),
        localizedAttributes: LOCALES.map((locale) => ({
          attributePatterns: [`*_${locale}`],
          locales: [LOCALE_INFO[locale].iso639_3],
        })),
        faceting: { maxValuesPerFacet: 50, sortFacetValuesBy: { "*": "count" } },
        pagination: { maxTotalHits: 20_000 },
        typoTolerance: { disableOnNumbers: true },
      },
      embedded: { synonyms: synonymMap() },
    },
  },
  events: PRODUCT_INDEX_EVENTS,
  seed: reportingProgress("product", productSeed()),
  consume: productConsume,
}

export default defineSearchIndex(productIndex)
