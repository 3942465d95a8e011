// @vitest-environment node
import { afterAll, describe, expect, it } from "vitest"
import { shopRequestContext, startBackendStub } from "~/test/backend-stub"

const backend = await startBackendStub()
const { loader } = await import("./search")
afterAll(() => backend.close())

describe("the search page's loader", () => {
  it("a page past the last page of results redirects to the last, instead of '74 results' beside 'nothing found'", async () => {
    backend.answer(({ method, path }) =>
      method === "POST" && path === "/store/search"
        ? { body: { results: [{ hits: [], facets: {}, metadata: { count: 74 } }] } }
        : undefined,
    )
    const { context } = await shopRequestContext("az", {})
    const request = new Request("http://shop.test/az/search?q=xalca&page=99")
    const answer = await loader({ request, context, params: { locale: "az" } } as never).catch((thrown: unknown) => thrown)
    expect(answer).toBeInstanceOf(Response)
    // 74 results, 24 to a page: four pages
    expect((answer as Response).headers.get("Location")).toBe("/az/search?q=xalca&page=4")
  })
})
