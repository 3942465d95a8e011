// @vitest-environment node
import { afterAll, describe, expect, it } from "vitest"
import { shopRequestContext, startBackendStub } from "~/test/backend-stub"

const backend = await startBackendStub()
const { action } = await import("~/routes/preferences")
const { withoutCountry } = await import("./currency-choice.server")
afterAll(() => backend.close())

const choose = async (currency: string, redirectTo: string) => {
  const { shop, context } = await shopRequestContext("en", {})
  const body = new URLSearchParams({ currency, redirectTo })
  const request = new Request("http://shop.test/en/preferences", { method: "POST", body })
  const response = (await action({ request, context, params: { locale: "en" } } as never)) as Response
  return { location: response.headers.get("Location"), currency: shop.session.get("currency") }
}

describe("the currency switcher on a page opened from a partner feed", () => {
  it("returns to the page without its ?country=, which would choose the feed's currency again", async () => {
    expect(await choose("usd", "/en/products/qarabag-khanlig-carpet?variant=variant_01&country=de")).toEqual({
      location: "/en/products/qarabag-khanlig-carpet?variant=variant_01",
      currency: "usd",
    })
    expect((await choose("eur", "/en/search?q=carpet&page=2")).location).toBe("/en/search?q=carpet&page=2")
    expect((await choose("eur", "//evil.test/en?country=de")).location).toBe("/en")
  })

  it("keeps every other part of the address as it was", () => {
    expect(withoutCountry("/en/products/x?country=DE#reviews")).toBe("/en/products/x#reviews")
    expect(withoutCountry("/en/search?q=a+b&country=us&kind=physical")).toBe("/en/search?q=a+b&kind=physical")
    expect(withoutCountry("/en/search?q=%C3%A7ay")).toBe("/en/search?q=%C3%A7ay")
  })
})
