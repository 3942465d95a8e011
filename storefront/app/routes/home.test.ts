// @vitest-environment node
import { afterAll, describe, expect, it } from "vitest"
import { shopRequestContext, startBackendStub } from "~/test/backend-stub"

const backend = await startBackendStub()
const { loader } = await import("./home")
afterAll(() => backend.close())

describe("the home page", () => {
  it("features only shops with a listing on sale, not the newest approved ones without any", async () => {
    const listed = { id: "cre_1", handle: "guba-carpets", name: "Guba Carpets" }
    backend.answer(({ path, query }) => {
      if (path === "/store/creators") return { body: { creators: query.get("with_listings") === "true" ? [listed] : [], count: 1 } }
      if (path === "/store/products") return { body: { products: [], count: 0 } }
      if (path === "/store/listings") return { body: { listings: [] } }
      if (path === "/store/product-categories") return { body: { product_categories: [] } }
      if (path === "/store/collections") return { body: { collections: [] } }
      return undefined
    })
    const { context } = await shopRequestContext("az", {})
    const data = (await loader({ request: new Request("http://shop.test/az"), context, params: { locale: "az" } } as never)) as {
      creators: unknown[]
    }
    expect(data.creators).toEqual([listed])
    const call = backend.calls.find((c) => c.path === "/store/creators")
    expect([call?.query.get("with_listings"), call?.query.get("limit")]).toEqual(["true", "4"])
  })
})
