import { describe, expect, it } from "vitest"
import { CATEGORIES } from "../data/categories"
import { CREATORS } from "../data/creators"
import { MARKETS } from "../data/markets"
import { PRODUCTS } from "../data/products"
import { LANGUAGES } from "../types"

const CYRILLIC = /[\u0400-\u04ff]/
const sentences = (text: string) => text.split(/(?<=[.!?])\s+/).filter(Boolean).length
const leafCategories = new Set(CATEGORIES.filter((category) => category.parent).map((category) => category.handle))

describe("the demo catalogue", () => {
  it("has at least 60 products with unique, URL-safe handles", () => {
    expect(PRODUCTS.length).toBeGreaterThanOrEqual(60)
    const handles = PRODUCTS.map((product) => product.handle)
    expect(new Set(handles).size).toBe(handles.length)
    for (const handle of handles) expect(handle).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  })

  it("gives every product a title and a two-to-four-sentence description in English, Azerbaijani and Russian", () => {
    for (const product of PRODUCTS) {
      for (const language of LANGUAGES) {
        expect(product.title[language], `${product.handle} title ${language}`).not.toBe("")
        const count = sentences(product.description[language])
        expect(count, `${product.handle} description ${language}: ${count} sentences`).toBeGreaterThanOrEqual(2)
        expect(count, `${product.handle} description ${language}: ${count} sentences`).toBeLessThanOrEqual(4)
      }
    }
  })

  it("writes Azerbaijani in Azerbaijani Latin letters and Russian in Cyrillic", () => {
    const azerbaijani = PRODUCTS.map((product) => `${product.title.az} ${product.description.az}`).join(" ")
    expect(azerbaijani).not.toMatch(CYRILLIC)
    for (const letter of ["ə", "ğ", "ı", "ö", "ş", "ü", "ç"]) expect(azerbaijani).toContain(letter)
    for (const product of PRODUCTS) {
      const letters = product.description.ru.replace(/[^\p{L}]/gu, "")
      const cyrillic = letters.replace(/[^\u0400-\u04ff]/g, "")
      expect(cyrillic.length / letters.length, product.handle).toBeGreaterThan(0.8)
    }
  })

  it("has carpets that searches for xalca, ковер and carpet can find", () => {
    const carpets = PRODUCTS.filter((product) => product.category === "carpets")
    expect(carpets.filter((product) => /xalça/.test(product.title.az)).length).toBeGreaterThanOrEqual(4)
    expect(carpets.filter((product) => /ковёр|ковер/i.test(product.title.ru)).length).toBeGreaterThanOrEqual(4)
    expect(carpets.filter((product) => /carpet/i.test(product.title.en)).length).toBeGreaterThanOrEqual(4)
  })

  it("has several kəlağayı scarves", () => {
    const scarves = PRODUCTS.filter((product) => /kəlağayı/.test(product.title.az))
    expect(scarves.length).toBeGreaterThanOrEqual(4)
    expect(scarves.every((product) => product.category === "kelagayi")).toBe(true)
  })

  it("puts every product in a leaf category and a known creator's shop", () => {
    const creators = new Set(CREATORS.map((creator) => creator.handle))
    for (const product of PRODUCTS) {
      expect(leafCategories.has(product.category), product.handle).toBe(true)
      expect(creators.has(product.creator), product.handle).toBe(true)
    }
    for (const category of leafCategories)
      expect(
        PRODUCTS.some((product) => product.category === category),
        category,
      ).toBe(true)
  })

  it("stocks physical goods only, sells digital goods in Personal and Commercial licences", () => {
    for (const product of PRODUCTS) {
      const stocked = product.variants.filter((variant) => variant.stock !== undefined)
      if (product.kind === "physical") expect(stocked.length, product.handle).toBe(product.variants.length)
      else expect(stocked, product.handle).toEqual([])
      if (product.kind === "digital") expect(product.variants.map((variant) => variant.value.en)).toEqual(["Personal", "Commercial"])
    }
    const kinds = new Set(PRODUCTS.map((product) => product.kind))
    expect([...kinds].sort()).toEqual(["digital", "physical", "service"])
  })

  it("prices carpets at 900–6,000 AZN and sample packs at 15–60 AZN", () => {
    const prices = (category: string) =>
      PRODUCTS.filter((product) => product.category === category).flatMap((product) => product.variants.map((variant) => variant.azn))
    for (const price of prices("carpets")) expect(price).toSatisfy((azn: number) => azn >= 900 && azn <= 6000)
    for (const price of prices("sample-packs")) expect(price).toSatisfy((azn: number) => azn >= 15 && azn <= 60)
  })

  it("gives each variant of a product its own option value", () => {
    for (const product of PRODUCTS) {
      const values = product.variants.map((variant) => variant.value.en)
      expect(new Set(values).size, product.handle).toBe(values.length)
    }
  })
})

describe("the creators", () => {
  it("are a dozen or more, over all five programmes, with a bio in three languages", () => {
    expect(CREATORS.length).toBeGreaterThanOrEqual(12)
    expect(new Set(CREATORS.map((creator) => creator.programme))).toEqual(new Set(["music", "gametech", "cultech", "crafts", "other"]))
    expect(new Set(CREATORS.map((creator) => creator.legal_type))).toEqual(new Set(["individual", "company"]))
    for (const creator of CREATORS) for (const language of LANGUAGES) expect(creator.bio[language]).not.toBe("")
  })
})

describe("the markets", () => {
  it("never put a country in two regions", () => {
    const countries = MARKETS.flatMap((market) => market.countries)
    expect(new Set(countries).size).toBe(countries.length)
    expect(MARKETS.map((market) => market.currency_code)).toEqual(["azn", "eur", "usd"])
  })
})
