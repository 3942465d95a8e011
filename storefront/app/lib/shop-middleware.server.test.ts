// @vitest-environment node
// (a browser Request drops the Cookie header)
import { RouterContextProvider } from "react-router"
import { describe, expect, it } from "vitest"
import { localeCookie } from "./session.server"
import { shopMiddleware } from "./shop-middleware.server"

/** What the middleware ends with: the page's response, or what it threw instead. */
const run = (url: string, init: RequestInit = {}): Promise<Response> =>
  Promise.resolve(
    shopMiddleware(
      {
        request: new Request(url, init),
        params: { locale: new URL(url).pathname.split("/")[1] },
        context: new RouterContextProvider(),
      } as never,
      async () => new Response("page"),
    ) as Promise<Response>,
  ).catch((thrown: unknown) => thrown as Response)

describe("a path whose first segment is no language", () => {
  it("opens the same path in the visitor's language (Accept-Language, else the language they chose last)", async () => {
    const studio = await run("http://shop.test/studio/orders?status=pending", { headers: { "Accept-Language": "ru-RU,ru;q=0.9" } })
    expect([studio.status, studio.headers.get("Location")]).toEqual([302, "/ru/studio/orders?status=pending"])
    expect(studio.headers.get("Cache-Control")).toBe("private, no-store")
    const chosen = await run("http://shop.test/products/quba-carpet", {
      headers: { Cookie: (await localeCookie.serialize("en")).split(";")[0]! },
    })
    expect(chosen.headers.get("Location")).toBe("/en/products/quba-carpet")
    // a mistyped language keeps its segment: the visitor lands on the site's own 404, in their language
    const typo = await run("http://shop.test/xx/foo")
    expect(typo.headers.get("Location")).toBe("/az/xx/foo")
  })

  it("is still a 404 for a form posted there", async () => {
    const posted = await run("http://shop.test/xx/cart", { method: "POST" })
    expect(posted).not.toBeInstanceOf(Response)
    expect((posted as unknown as { init: ResponseInit }).init.status).toBe(404)
  })
})
