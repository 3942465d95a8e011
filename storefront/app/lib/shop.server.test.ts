// @vitest-environment node
import { afterAll, describe, expect, it } from "vitest"
import { shopRequestContext, startBackendStub } from "~/test/backend-stub"

const backend = await startBackendStub()
const { regionCountries } = await import("./shop.server")
afterAll(() => backend.close())

describe("the address form's countries", () => {
  it("are named in the visitor's language: the region's first, then the rest in that language's order", async () => {
    const countries = [
      { iso_2: "de", display_name: "Germany" },
      { iso_2: "az", display_name: "Azerbaijan" },
      { iso_2: "fr", display_name: "France" },
      { iso_2: "at", display_name: "Austria" },
    ]
    const named = async (locale: "az" | "en" | "ru") => {
      const { shop } = await shopRequestContext(locale, {})
      return regionCountries({ ...shop, region: { ...shop.region, countries } })
    }
    expect(await named("ru")).toEqual([
      { code: "de", name: "Германия" },
      { code: "at", name: "Австрия" },
      { code: "az", name: "Азербайджан" },
      { code: "fr", name: "Франция" },
    ])
    expect((await named("az")).map((c) => c.name)).toEqual(["Almaniya", "Avstriya", "Azərbaycan", "Fransa"])
    expect((await named("en")).map((c) => c.name)).toEqual(["Germany", "Austria", "Azerbaijan", "France"])
  })
})
