// @vitest-environment node
import { afterAll, describe, expect, it } from "vitest"
import { shopRequestContext, startBackendStub } from "~/test/backend-stub"

const backend = await startBackendStub()
const { regionCountries } = await import("./shop.server")
afterAll(() => backend.close())

describe("the address form's countries", () => {
  it("are named in the visitor's language, in the region's order", async () => {
    const countries = [
      { iso_2: "de", display_name: "Germany" },
      { iso_2: "az", display_name: "Azerbaijan" },
    ]
    const named = async (locale: "az" | "en" | "ru") => {
      const { shop } = await shopRequestContext(locale, {})
      return regionCountries({ ...shop, region: { ...shop.region, countries } })
    }
    expect(await named("ru")).toEqual([
      { code: "de", name: "Германия" },
      { code: "az", name: "Азербайджан" },
    ])
    expect((await named("az")).map((c) => c.name)).toEqual(["Almaniya", "Azərbaycan"])
    expect((await named("en")).map((c) => c.name)).toEqual(["Germany", "Azerbaijan"])
  })
})
