// @vitest-environment node
// (a browser Request drops the Cookie header)
import { RouterContextProvider } from "react-router"
import { afterAll, beforeEach, describe, expect, it } from "vitest"
import { startBackendStub } from "~/test/backend-stub"

const backend = await startBackendStub()
const { localeCookie, sessionStorage } = await import("./session.server")
const { shopMiddleware } = await import("./shop-middleware.server")
const { shopContext } = await import("./shop.server")
afterAll(() => backend.close())

const REGIONS = [
  { id: "reg_azn", name: "Azerbaijan", currency_code: "azn", countries: [{ iso_2: "az", display_name: "Azerbaijan" }] },
  { id: "reg_eur", name: "Europe", currency_code: "eur", countries: [{ iso_2: "de", display_name: "Germany" }] },
  { id: "reg_usd", name: "International", currency_code: "usd", countries: [{ iso_2: "us", display_name: "United States" }] },
]
/** Carts Medusa cannot move to another region (a line without a price there). */
let stuckCarts: string[] = []
beforeEach(() => {
  stuckCarts = []
  backend.answer(({ method, path }) => {
    if (path === "/store/regions") return { body: { regions: REGIONS } }
    const cart = /^\/store\/carts\/(\w+)$/.exec(path)?.[1]
    if (method === "POST" && cart) {
      return stuckCarts.includes(cart)
        ? { status: 400, body: { type: "invalid_data", message: "no price" } }
        : { body: { cart: { id: cart } } }
    }
    return undefined
  })
})

/** What the middleware ends with: the page's response (saying which region it was shown in), or what it threw instead. */
const run = (url: string, init: RequestInit = {}): Promise<Response> => {
  const context = new RouterContextProvider()
  return Promise.resolve(
    shopMiddleware(
      { request: new Request(url, init), params: { locale: new URL(url).pathname.split("/")[1] }, context } as never,
      async () => {
        const shop = context.get(shopContext)
        return new Response(`${shop.region.id} ${shop.currency}`, { headers: { "Cache-Control": "public, max-age=0, s-maxage=60" } })
      },
    ) as Promise<Response>,
  ).catch((thrown: unknown) => thrown as Response)
}

/** The session the response saved (null: it saved none), and the Cookie header a browser would send next. */
async function saved(response: Response) {
  const cookie = response.headers.getSetCookie().find((c) => !c.startsWith("cm_locale="))
  return cookie ? { session: (await sessionStorage.getSession(cookie)).data, next: cookie.split(";")[0]! } : null
}

const sessionCookie = async (data: Record<string, string>) => {
  const session = await sessionStorage.getSession()
  for (const [key, value] of Object.entries(data)) session.set(key as "currency", value as "eur")
  return (await sessionStorage.commitSession(session)).split(";")[0]!
}

describe("a partner feed's link with ?country=", () => {
  it("opens in the region selling to that country, and the visitor keeps its currency", async () => {
    const landed = await run("http://shop.test/en/products/qarabag-khanlig-carpet?variant=variant_01&country=DE")
    expect(await landed.text()).toBe("reg_eur eur")
    const session = await saved(landed)
    expect(session?.session).toMatchObject({ currency: "eur" })
    // the page is this visitor's now: no shared cache may keep it
    expect(landed.headers.get("Cache-Control")).toBe("private, no-cache")
    const later = await run("http://shop.test/en/products/another-carpet", { headers: { Cookie: session!.next } })
    expect(await later.text()).toBe("reg_eur eur")
    const us = await run("http://shop.test/en/products/qarabag-khanlig-carpet?country=us", { headers: { Cookie: session!.next } })
    expect([await us.text(), (await saved(us))?.session.currency]).toEqual(["reg_usd usd", "usd"])
  })

  it("to the market of the currency already shown sets no session, so the page stays shareable", async () => {
    const home = await run("http://shop.test/az/products/qarabag-khanlig-carpet?country=az")
    expect([await home.text(), await saved(home), home.headers.get("Cache-Control")]).toEqual([
      "reg_azn azn",
      null,
      "public, max-age=0, s-maxage=60",
    ])
    const euro = await run("http://shop.test/en/products/x?country=de", { headers: { Cookie: await sessionCookie({ currency: "eur" }) } })
    expect([await euro.text(), await saved(euro)]).toEqual(["reg_eur eur", null])
  })

  it("is ignored when no region sells to that country, or it is no country code", async () => {
    for (const country of ["zz", "deu", "", "d", "de%00", "../de"]) {
      const page = await run(`http://shop.test/en/products/x?country=${country}`)
      expect([page.status, await page.text(), await saved(page)]).toEqual([200, "reg_azn azn", null])
    }
  })

  it("moves the visitor's open cart to that region; a cart Medusa cannot move keeps the currency the visitor had", async () => {
    const movable = await run("http://shop.test/en/products/x?country=de", {
      headers: { Cookie: await sessionCookie({ cart_id: "cart_01" }) },
    })
    expect(backend.calls).toContainEqual(
      expect.objectContaining({ method: "POST", path: "/store/carts/cart_01", body: { region_id: "reg_eur" } }),
    )
    expect((await saved(movable))?.session).toEqual({ cart_id: "cart_01", currency: "eur" })
    stuckCarts = ["cart_02"]
    const stuck = await run("http://shop.test/en/products/x?country=de", {
      headers: { Cookie: await sessionCookie({ cart_id: "cart_02" }) },
    })
    // the page still shows the feed's price, but the visitor's currency stays their cart's
    expect([await stuck.text(), await saved(stuck)]).toEqual(["reg_eur eur", null])
  })
})

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
