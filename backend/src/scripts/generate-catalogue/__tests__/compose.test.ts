import { describe, expect, it } from "vitest"
import { CATEGORIES } from "../../seed/data/categories"
import { CREATORS } from "../../seed/data/creators"
import { LANGUAGES } from "../../seed/types"
import { batchRows } from "../batch-rows"
import { composeProduct } from "../compose"
import type { GeneratorContext } from "../context"
import { entityId } from "../ids"
import { FAMILIES } from "../vocabulary"

const sample = Array.from({ length: 2000 }, (_, i) => composeProduct(i + 1))

describe("a generated product", () => {
  it("is the same every time for the same number, and is called gen-<n>", () => {
    expect(composeProduct(42)).toEqual(composeProduct(42))
    expect(composeProduct(42).handle).toBe("gen-42")
    expect(composeProduct(42)).not.toEqual(composeProduct(43))
  })

  it("has a title and a description in English, Azerbaijani and Russian", () => {
    for (const product of sample.slice(0, 200)) {
      for (const language of LANGUAGES) {
        expect(product.title[language].length, `${product.handle} ${language}`).toBeGreaterThan(5)
        expect(product.description[language].split(". ").length, `${product.handle} ${language}`).toBeGreaterThanOrEqual(3)
      }
      expect(product.title.ru).toMatch(/«.+»$/)
      expect(product.title.az).toMatch(/«.+»$/)
    }
  })

  it("belongs to a seed category and a seed creator, with a kind that matches the family", () => {
    const leaves = new Set(CATEGORIES.filter((category) => category.parent).map((category) => category.handle))
    const creators = new Set(CREATORS.map((creator) => creator.handle))
    for (const product of sample) {
      expect(leaves.has(product.category)).toBe(true)
      expect(creators.has(product.creator)).toBe(true)
      expect(FAMILIES.find((family) => family.category === product.category)!.kind).toBe(product.kind)
    }
    expect(new Set(sample.map((product) => product.category)).size).toBe(leaves.size)
  })

  it("is priced within its family's range, rounded to its step, dearer variant by variant", () => {
    for (const product of sample) {
      const family = FAMILIES.find((candidate) => candidate.category === product.category)!
      const prices = product.variants.map((variant) => variant.azn)
      expect(prices[0]).toBeGreaterThanOrEqual(family.price[0])
      expect(prices[0]).toBeLessThanOrEqual(family.price[1])
      for (const price of prices) expect(price % family.step).toBe(0)
      for (let i = 1; i < prices.length; i++) expect(prices[i]).toBeGreaterThanOrEqual(prices[i - 1])
    }
  })

  it("spells carpets as xalça in Azerbaijani and ковёр-family words in Russian", () => {
    const carpets = sample.filter((product) => product.category === "carpets")
    expect(carpets.length).toBeGreaterThan(50)
    expect(carpets.filter((product) => /xalça/.test(`${product.title.az} ${product.description.az}`)).length).toBeGreaterThan(
      carpets.length / 2,
    )
    expect(carpets.some((product) => /ковёр/.test(product.title.ru))).toBe(true)
  })
})

describe("the rows of a batch", () => {
  const context: GeneratorContext = {
    salesChannelId: "sc_test",
    shippingProfileId: "sp_test",
    categoryIds: new Map(FAMILIES.map((family) => [family.category, `pcat_${family.category}`])),
    tagIds: new Map(FAMILIES.flatMap((family) => family.tags).map((tag) => [tag, `ptag_${tag}`])),
    thumbnails: new Map([["carpets", ["http://localhost/static/carpet.jpg"]]]),
    creatorIds: new Map([["qarabag-weavers", "cre_test"]]),
  }
  const batch = sample.slice(0, 300).map((product, i) => ({ n: i + 1, product }))
  const rows = batchRows(batch, context)
  const ids = (table: keyof typeof rows, column = "id") => new Set(rows[table].map((row) => row[column]))

  it("hold one product row per product and point every child row at a row of the batch", () => {
    expect(rows.product.length).toBe(300)
    const products = ids("product")
    const variants = ids("product_variant")
    const priceSets = ids("price_set")
    for (const variant of rows.product_variant) expect(products.has(variant.product_id)).toBe(true)
    for (const price of rows.price) expect(priceSets.has(price.price_set_id)).toBe(true)
    for (const link of rows.product_variant_price_set) expect(variants.has(link.variant_id) && priceSets.has(link.price_set_id)).toBe(true)
    for (const link of rows.product_sales_channel) expect(products.has(link.product_id)).toBe(true)
    expect(rows.price.length).toBe(rows.product_variant.length * 3)
  })

  it("link only physical goods to the shipping profile", () => {
    const physical = batch.filter(({ product }) => product.kind === "physical").length
    expect(rows.product_shipping_profile.length).toBe(physical)
  })

  it("give most physical goods an export profile linked to their product, some with a typical gap", () => {
    const physical = new Set(batch.filter(({ product }) => product.kind === "physical").map(({ n }) => rows.product[n - 1].id))
    const linked = rows.export_listing_export_profile_product_product
    expect(linked.length).toBeGreaterThan(physical.size / 2)
    expect(linked.length).toBeLessThan(physical.size)
    for (const link of linked) expect(physical.has(link.product_id)).toBe(true)
    expect(rows.export_profile.filter((profile) => profile.hs_code === null).length).toBeGreaterThan(0)
    expect(rows.export_profile.filter((profile) => profile.origin_country === null).length).toBeGreaterThan(0)
  })

  it("translate products, options, option values and variants into az and ru", () => {
    const expected = 2 * (rows.product.length + rows.product_option.length + rows.product_option_value.length + rows.product_variant.length)
    expect(rows.translation.length).toBe(expected)
    expect(new Set(rows.translation.map((row) => row.locale_code))).toEqual(new Set(["az", "ru"]))
  })
})

describe("generated ids", () => {
  it("look like Medusa's: a prefix and a 26-character ULID, all different", () => {
    const many = Array.from({ length: 10_000 }, () => entityId("prod"))
    for (const id of many.slice(0, 100)) expect(id).toMatch(/^prod_[0-9A-HJKMNP-TV-Z]{26}$/)
    expect(new Set(many).size).toBe(many.length)
  })
})
