import { describe, expect, it } from "vitest"
import { CreatorCreateProduct as createProduct } from "../creator/products/validators"
import { CreatorSignUp as signUp } from "../creator/validators"
import { describeIssues } from "./validate-body"

const markets = { currencies: ["azn", "eur", "usd"], locales: ["en", "az", "ru"] }
const CreatorCreateProduct = createProduct(markets)
const CreatorSignUp = signUp(markets)

const issuesOf = (schema: { safeParse: (v: unknown) => any }, value: unknown) => describeIssues(schema.safeParse(value).error.issues)
const product = (variants: unknown[], extra: Record<string, unknown> = {}) => ({ kind: "physical", title: "Jug", variants, ...extra })
const azn = [{ currency_code: "azn", amount: 10 }]

describe("body validation messages", () => {
  it("name a wrong value inside an array by its path and reason, not as missing", () => {
    const message = issuesOf(CreatorCreateProduct, product([{ title: "S", prices: [{ currency_code: "xyz", amount: 5 }] }]))
    expect(message).toMatch(/^variants\.0\.prices\.0\.currency_code: Invalid option: expected one of "azn"\|"eur"\|"usd"\.$/)
    expect(issuesOf(CreatorCreateProduct, product([{ title: "S", prices: [{ currency_code: "azn", amount: "5" }] }]))).toMatch(
      /variants\.0\.prices\.0\.amount: Invalid input: expected number, received string/,
    )
  })

  it("do not repeat a field name the message already starts with", () => {
    const message = issuesOf(CreatorSignUp, {
      shop: { handle: "-bad", name: "Shop", programme: "music", legal_type: "individual", email: "a@b.az" },
    })
    expect(message).toContain("shop.handle must be 2–64 lowercase letters")
  })

  it("refuse options a variant does not choose, values not declared, and repeated combinations", () => {
    const options = [{ title: "Size", values: ["S", "M"] }]
    expect(
      issuesOf(
        CreatorCreateProduct,
        product(
          [
            { title: "a", prices: azn, options: { Size: "S" } },
            { title: "b", prices: azn, options: { Size: "S" } },
          ],
          { options },
        ),
      ),
    ).toMatch(/variants\.1\.options: another variant already has these option values/)
    expect(issuesOf(CreatorCreateProduct, product([{ title: "a", prices: azn }], { options }))).toMatch(/choose a value for Size/)
    expect(issuesOf(CreatorCreateProduct, product([{ title: "a", prices: azn, options: { Size: "XL" } }], { options }))).toMatch(
      /Size is one of S, M, not XL/,
    )
    expect(issuesOf(CreatorCreateProduct, product([{ title: "a", prices: azn, options: { Colour: "red" } }]))).toMatch(
      /declare the options first/,
    )
    expect(
      issuesOf(
        CreatorCreateProduct,
        product([{ title: "a", prices: azn, options: { Size: "S" } }], { options: [{ title: "Size", values: ["S", "S"] }] }),
      ),
    ).toMatch(/Size lists a value twice/)
  })

  it("keep shop images to web addresses and countries to ISO codes, and reserve the marketplace's words", () => {
    const shop = { handle: "kilim-house", name: "Kilim House", programme: "crafts", legal_type: "individual", email: "a@b.az" }
    expect(issuesOf(CreatorSignUp, { shop: { ...shop, logo_url: "javascript:alert(1)" } })).toMatch(
      /shop\.logo_url: must be an http:\/\/ or https:\/\/ address/,
    )
    expect(issuesOf(CreatorSignUp, { shop: { ...shop, country_code: "xx" } })).toMatch(
      /country_code must be a two-letter ISO 3166 country code/,
    )
    expect(issuesOf(CreatorSignUp, { shop: { ...shop, handle: "admin" } })).toMatch(/handle is reserved/)
    expect(CreatorSignUp.safeParse({ shop: { ...shop, logo_url: "https://cdn.example.az/logo.png", country_code: "GE" } }).success).toBe(
      true,
    )
  })

  it("name every problem of a form's worth of mistakes, and beyond a dozen say how many more there are", () => {
    const four = issuesOf(CreatorCreateProduct, { a: 1, b: 2, c: 3, d: 4 })
    expect(four).not.toMatch(/more\)/)
    for (const key of ["a", "b", "c", "d"]) expect(four).toContain(`"${key}"`)
    const many = { kind: "physical", title: "Rug", variants: Array.from({ length: 20 }, () => ({})) }
    expect(issuesOf(CreatorCreateProduct, many)).toMatch(/\(and \d+ more\)\.$/)
  })

  it("take the currencies and locales from the markets option", () => {
    const withLari = createProduct({ currencies: ["azn", "gel"], locales: ["en", "ka"] })
    const priced = (currency_code: string) => product([{ title: "S", prices: [{ currency_code, amount: 5 }] }])
    expect(withLari.safeParse(priced("gel")).success).toBe(true)
    expect(issuesOf(withLari, priced("usd"))).toMatch(/^variants\.0\.prices\.0\.currency_code: Invalid option/)
    expect(withLari.safeParse({ ...priced("azn"), translations: { title: { ka: "ქილა" } } }).success).toBe(true)
    expect(issuesOf(withLari, { ...priced("azn"), translations: { title: { ru: "Кувшин" } } })).toMatch(/ru/)
  })
})
