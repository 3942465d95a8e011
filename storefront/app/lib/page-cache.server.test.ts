import { createHash } from "node:crypto"
import { describe, expect, it } from "vitest"
import { createPageCache, pageVariant, type PageRequest } from "./page-cache.server"
import { localeCookie, sessionStorage } from "./session.server"

const PAGE = "http://shop.test/az/products/quba-carpet"
const CSP = (nonce: string) => `default-src 'self'; script-src 'self' 'nonce-${nonce}'; object-src 'none'`

/**
 * Stands in for the router: the page shows the currency, customer and cart of the session it is
 * rendered for (as the real layout does), with a fresh nonce per render, and says it may be shared
 * only when rendered without a session (as entry.server.tsx does).
 */
function shop() {
  let renders = 0
  const render = async (url: string, headers: Record<string, string>) => {
    renders++
    const session = await sessionStorage.getSession(headers.cookie)
    // a partner feed's `?country=` shows its market's currency and remembers it (shop-middleware.server.ts)
    const market = { az: "azn", de: "eur", us: "usd" }[new URL(url).searchParams.get("country")?.toLowerCase() ?? ""]
    const chosen = session.get("currency") ?? "azn"
    const remembers = market !== undefined && market !== chosen
    if (remembers) session.set("currency", market as "eur")
    const nonce = `n${renders}`
    const who = `currency=${market ?? chosen} customer=${session.get("token") ?? "-"} cart=${session.get("cart_id") ?? "-"}`
    const html = `<!DOCTYPE html><html><body><p>${who} ${new URL(url).pathname}</p><script nonce="${nonce}">window.ctx = 1</script><script type="module" nonce="${nonce}">import "/assets/x.js"</script><script type="application/ld+json">{"@type":"Product"}</script></body></html>`
    const anonymous = (!headers.cookie || headers.cookie.startsWith("cm_locale=")) && !remembers
    const response = new Response(html, {
      headers: {
        "content-type": "text/html; charset=utf-8",
        "content-security-policy": CSP(nonce),
        "cache-control": anonymous ? "public, max-age=0, s-maxage=1, stale-while-revalidate=5" : "private, no-cache",
      },
    })
    if (!headers.cookie) response.headers.append("set-cookie", await localeCookie.serialize("az"))
    if (remembers) response.headers.append("set-cookie", await sessionStorage.commitSession(session))
    return response
  }
  return { render, renders: () => renders }
}

/** What server.mjs does: the cache's answer, else the router's own render for this request. */
async function visit(cache: ReturnType<typeof createPageCache>, render: ReturnType<typeof shop>["render"], request: Partial<PageRequest>) {
  const full = { method: "GET", url: PAGE, ...request }
  const page = await cache.lookup(full)
  if (page) return { html: page.body.toString(), headers: page.headers }
  const own = await render(full.url, full.cookie ? { cookie: full.cookie } : {})
  return { html: await own.text(), headers: Object.fromEntries(own.headers) }
}

const sessionCookie = async (data: Record<string, string>) => {
  const session = await sessionStorage.getSession()
  for (const [key, value] of Object.entries(data)) session.set(key as "currency", value as "eur")
  return (await sessionStorage.commitSession(session)).split(";")[0]!
}

describe("the page cache", () => {
  it("renders a burst of anonymous requests once, with the nonce replaced by the scripts' hashes", async () => {
    const { render, renders } = shop()
    const cache = createPageCache(render, { enabled: true })
    const pages = await Promise.all(Array.from({ length: 20 }, () => cache.lookup({ method: "GET", url: PAGE })))
    expect(renders()).toBe(1)
    const html = pages[0]!.body.toString()
    expect(new Set(pages.map((page) => page!.body.toString())).size).toBe(1)
    expect(html).not.toContain("nonce")
    const csp = String(pages[0]!.headers["content-security-policy"])
    expect(csp).not.toContain("nonce")
    for (const code of ["window.ctx = 1", 'import "/assets/x.js"']) {
      expect(csp).toContain(`'sha256-${createHash("sha256").update(code).digest("base64")}'`)
    }
    expect(csp).not.toContain(createHash("sha256").update('{"@type":"Product"}').digest("base64"))
  })

  it("never shows one region's, customer's or cart's page to another visitor", async () => {
    const { render } = shop()
    const cache = createPageCache(render, { enabled: true })
    const visitors = {
      anonymous: undefined,
      euro: await sessionCookie({ currency: "eur" }),
      dollar: await sessionCookie({ currency: "usd" }),
      customer: await sessionCookie({ token: "jwt-of-aysel" }),
      cart: await sessionCookie({ cart_id: "cart_01" }),
    }
    const expected = {
      anonymous: "currency=azn customer=- cart=-",
      euro: "currency=eur customer=- cart=-",
      dollar: "currency=usd customer=- cart=-",
      customer: "currency=azn customer=jwt-of-aysel cart=-",
      cart: "currency=azn customer=- cart=cart_01",
    }
    // every order of visits, twice over: each sees their own page only
    for (let round = 0; round < 2; round++) {
      for (const [name, cookie] of [...Object.entries(visitors), ...Object.entries(visitors).reverse()]) {
        const { html, headers } = await visit(cache, render, { cookie: cookie ?? (round ? "cm_locale=ImF6Ig%3D%3D" : undefined) })
        expect(html).toContain(expected[name as keyof typeof expected])
        if (name !== "anonymous") expect(headers["x-page-cache"]).toBeUndefined()
      }
    }
  })

  it("shows a partner feed's link in its market's currency, and never shares that page", async () => {
    const { render, renders } = shop()
    const cache = createPageCache(render, { enabled: true })
    const country = (code: string) => ({ url: `${PAGE}?variant=variant_01&country=${code}`, cookie: "cm_locale=ImF6Ig%3D%3D" })
    for (let round = 0; round < 2; round++) {
      for (const [code, currency] of [
        ["de", "eur"],
        ["US", "usd"],
        ["az", "azn"],
        ["", "azn"],
      ] as const) {
        const { html, headers } = await visit(cache, render, code ? country(code) : { cookie: "cm_locale=ImF6Ig%3D%3D" })
        expect(html).toContain(`currency=${currency} `)
        // a link that chose a currency remembers it in a session: never stored, rendered for each visitor
        if (currency !== "azn") expect(headers["x-page-cache"]).not.toMatch(/hit|miss|stale/)
      }
    }
    // the two links that remember a currency rendered each time; the AZN pages once each (then shared)
    expect(renders()).toBe(2 * 2 + 2)
  })

  it("keeps only shareable 200 pages and gives the language cookie only to browsers without it", async () => {
    let status = 404
    let renders = 0
    const cache = createPageCache(
      async () => (
        renders++,
        new Response("<p>Not found</p>", {
          status,
          headers: { "content-type": "text/html", "cache-control": "public, s-maxage=1", "content-security-policy": CSP("x") },
        })
      ),
      { enabled: true },
    )
    await cache.lookup({ method: "GET", url: PAGE })
    await cache.lookup({ method: "GET", url: PAGE })
    expect(renders).toBe(2)
    status = 200
    await cache.lookup({ method: "GET", url: PAGE })
    await cache.lookup({ method: "GET", url: PAGE })
    expect(renders).toBe(3)

    const { render } = shop()
    const languages = createPageCache(render, { enabled: true })
    const fresh = await languages.lookup({ method: "GET", url: PAGE })
    expect(String(fresh!.headers["set-cookie"])).toMatch(/^cm_locale=/)
    const remembered = await languages.lookup({ method: "GET", url: PAGE, cookie: (await localeCookie.serialize("az")).split(";")[0] })
    expect(remembered!.headers["set-cookie"]).toBeUndefined()
  })

  it("serves an expired page while one refresh runs, and renders again once it is too old", async () => {
    const { render, renders } = shop()
    let clock = 0
    const cache = createPageCache(render, { enabled: true, now: () => clock })
    expect((await cache.lookup({ method: "GET", url: PAGE }))!.headers["x-page-cache"]).toBe("miss")
    expect((await cache.lookup({ method: "GET", url: PAGE }))!.headers["x-page-cache"]).toBe("hit")
    clock = 1_500
    const stale = await Promise.all([1, 2, 3].map(() => cache.lookup({ method: "GET", url: PAGE })))
    expect(stale.map((page) => page!.headers["x-page-cache"])).toEqual(["stale", "stale", "stale"])
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(renders()).toBe(2)
    clock = 20_000
    expect((await cache.lookup({ method: "GET", url: PAGE }))!.headers["x-page-cache"]).toBe("miss")
  })

  it("shares only GETs of catalogue pages without a session", async () => {
    const session = await sessionCookie({ currency: "eur" })
    expect(await pageVariant({ method: "GET", url: PAGE })).not.toBeNull()
    expect(await pageVariant({ method: "GET", url: "http://shop.test/ru/search?q=xalca&kind=physical" })).not.toBeNull()
    expect(await pageVariant({ method: "POST", url: PAGE })).toBeNull()
    expect(await pageVariant({ method: "GET", url: PAGE, cookie: session })).toBeNull()
    expect(await pageVariant({ method: "GET", url: PAGE, cookie: `cm_locale=ImF6Ig%3D%3D; ${session}` })).toBeNull()
    expect(await pageVariant({ method: "GET", url: `${PAGE}.data` })).toBeNull()
    for (const path of ["/az/cart", "/az/checkout", "/az/account", "/az/studio", "/az/orders/order_1", "/robots.txt"]) {
      expect(await pageVariant({ method: "GET", url: `http://shop.test${path}` })).toBeNull()
    }
  })
})
