import { gunzipSync } from "node:zlib"
import { createRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { buildPartnerFeed } from "@creative-market/export-listings/lib/feeds/build"
import Ajv2020 from "ajv/dist/2020"
import addFormats from "ajv-formats"
import { XMLParser, XMLValidator } from "fast-xml-parser"
import { operator, signUpShop, type Headers } from "../utils/actors"
import { publishListing } from "../utils/listings"
import { setUpMarketplace } from "../utils/marketplace"
import { feedsForTests, readyProduct } from "../utils/export-feeds"
import { medusaSuite } from "../utils/medusa-suite"

feedsForTests()

const ok = { validateStatus: () => true }
const parser = new XMLParser({ isArray: (name) => name === "item" })

medusaSuite("export_feeds", ({ api, getContainer }) => {
  let admin: Headers
  let shop: Awaited<ReturnType<typeof signUpShop>>
  let store: Headers
  let euRegion: string
  let google: { id: string; token: string }
  let trade: { id: string; token: string }
  let carpet: any

  const bearer = (token: string, extra: Record<string, string> = {}) => ({ headers: { authorization: `Bearer ${token}`, ...extra } })
  const build = async (id: string, confirm = false) =>
    (await api.post(`/admin/export-partners/${id}/builds`, { confirm }, admin)).data.build

  beforeAll(async () => {
    const market = await setUpMarketplace(getContainer())
    store = market.storeHeaders
    const {
      result: [region],
    } = await createRegionsWorkflow(getContainer()).run({
      input: { regions: [{ name: "Europe", currency_code: "eur", countries: ["de"], payment_providers: ["pp_system_default"] }] },
    })
    euRegion = region.id
    admin = await operator(api, getContainer())
    shop = await signUpShop(api, "feeds@example.az", { handle: "quba-weavers", name: "Quba Weavers" })
    await api.post(`/admin/creators/${shop.creator.id}/approve`, {}, admin)
    carpet = await readyProduct(api, shop.headers, "Quba carpet")
    await readyProduct(api, shop.headers, "Shirvan carpet")
    // not ready: no HS code
    await publishListing(api, shop.headers, {
      kind: "physical",
      title: "Unclassified rug",
      variants: [{ title: "One", prices: [{ currency_code: "eur", amount: 5 }] }],
    })
    const partner = { language: "en", allowed_kinds: ["physical", "digital"] }
    const g = await api.post(
      "/admin/export-partners",
      { name: "Google DE", format: "google-xml", market_country: "DE", currency: "eur", ...partner },
      admin,
    )
    google = { id: g.data.partner.id, token: g.data.token }
    const t = await api.post(
      "/admin/export-partners",
      { name: "Trade US", format: "json", market_country: "US", currency: "usd", postal: false, ...partner },
      admin,
    )
    trade = { id: t.data.partner.id, token: t.data.token }
  })

  it("a partner's token is shown once and stored only hashed", async () => {
    expect(google.token).toMatch(/^cmpt_/)
    const { data } = await api.get(`/admin/export-partners/${google.id}`, admin)
    expect(JSON.stringify(data)).not.toContain(google.token)
    expect(data.partner.tokens).toEqual([expect.objectContaining({ hint: google.token.slice(0, 9) + "…", revoked_at: null })])
  })

  it("the Google feed lists every variant of the ready products, well-formed, with Google's attributes and the store's prices and text", async () => {
    expect(await build(google.id)).toMatchObject({ status: "published", item_count: 4 })
    const response = await api.get(`/feeds/${google.id}/feed.xml`, bearer(google.token))
    expect(response.headers["content-type"]).toMatch(/^application\/xml/)
    expect(XMLValidator.validate(response.data)).toBe(true)
    const items = parser.parse(response.data).rss.channel.item
    expect(items).toHaveLength(4)
    const { data: storeProduct } = await api.get(
      `/store/products/${carpet.id}?region_id=${euRegion}&locale=en&fields=title,*variants.calculated_price,variants.title`,
      store,
    )
    for (const variant of storeProduct.product.variants) {
      const item = items.find((i: any) => i["g:id"] === variant.id)
      expect(item["g:price"]).toBe(`${variant.calculated_price.calculated_amount.toFixed(2)} EUR`)
      expect(item["g:title"]).toBe(`${storeProduct.product.title} – ${variant.title}`)
      expect(item).toMatchObject({
        "g:availability": "in_stock",
        "g:condition": "new",
        "g:brand": "Quba Weavers",
        "g:external_seller_id": "quba-weavers",
        "g:identifier_exists": "no",
        "g:item_group_id": carpet.id,
        "g:ships_from_country": "AZ",
        "g:shipping_weight": "4200 g",
      })
    }
  })

  it("no, a wrong, a revoked or another partner's token answers 401 without any catalogue byte", async () => {
    await build(google.id)
    const attempts = [
      {},
      { authorization: "Bearer cmpt_not-a-token" },
      { authorization: `Bearer ${trade.token}` },
      { authorization: `Basic ${Buffer.from(`${trade.id}:${google.token}`).toString("base64")}` },
    ]
    for (const headers of attempts) {
      const response = await api.get(`/feeds/${google.id}/feed.xml`, { headers, ...ok })
      expect(response.status).toBe(401)
      expect(JSON.stringify(response.data)).not.toMatch(/<rss|<item|Quba/)
    }
    // Basic credentials: partner id and token
    const basic = `Basic ${Buffer.from(`${google.id}:${google.token}`).toString("base64")}`
    expect((await api.get(`/feeds/${google.id}/feed.xml`, { headers: { authorization: basic } })).status).toBe(200)
    const { data } = await api.get(`/admin/export-partners/${google.id}`, admin)
    await api.delete(`/admin/export-partners/${google.id}/tokens/${data.partner.tokens[0].id}`, admin)
    expect((await api.get(`/feeds/${google.id}/feed.xml`, { ...bearer(google.token), ...ok })).status).toBe(401)
  })

  it("a rotated token keeps working for the grace period; with no grace it stops at once", async () => {
    const { data: rotated } = await api.post(`/admin/export-partners/${google.id}/tokens`, { grace_hours: 1 }, admin)
    expect((await api.get(`/feeds/${google.id}/feed.xml`, { ...bearer(google.token), ...ok })).status).not.toBe(401)
    expect((await api.get(`/feeds/${google.id}/feed.xml`, { ...bearer(rotated.token), ...ok })).status).not.toBe(401)
    const { data: again } = await api.post(`/admin/export-partners/${google.id}/tokens`, { grace_hours: 0 }, admin)
    expect((await api.get(`/feeds/${google.id}/feed.xml`, { ...bearer(rotated.token), ...ok })).status).toBe(401)
    expect((await api.get(`/feeds/${google.id}/feed.xml`, { ...bearer(again.token), ...ok })).status).not.toBe(401)
  })

  it("answers 304 to a copy the partner has (ETag or date), gzip when asked, .xml.gz, and logs each fetch", async () => {
    await build(google.id)
    const first = await api.get(`/feeds/${google.id}/feed.xml`, bearer(google.token, { "accept-encoding": "identity" }))
    const etag = first.headers.etag
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/)
    const byTag = await api.get(`/feeds/${google.id}/feed.xml`, {
      ...bearer(google.token, { "if-none-match": etag, "accept-encoding": "identity" }),
      ...ok,
    })
    expect(byTag.status).toBe(304)
    expect(byTag.data).toBe("")
    const byDate = await api.get(`/feeds/${google.id}/feed.xml`, {
      ...bearer(google.token, { "if-modified-since": first.headers["last-modified"], "accept-encoding": "identity" }),
      ...ok,
    })
    expect(byDate.status).toBe(304)
    const gzipped = await api.get(`/feeds/${google.id}/feed.xml`, {
      ...bearer(google.token, { "accept-encoding": "gzip" }),
      decompress: false,
      responseType: "arraybuffer",
    })
    expect(gzipped.headers["content-encoding"]).toBe("gzip")
    expect(gzipped.headers.etag).not.toBe(etag)
    expect(gunzipSync(gzipped.data).toString()).toBe(first.data)
    const file = await api.get(`/feeds/${google.id}/feed.xml.gz`, {
      ...bearer(google.token),
      decompress: false,
      responseType: "arraybuffer",
    })
    expect(file.headers["content-type"]).toBe("application/gzip")
    expect(gunzipSync(file.data).toString()).toBe(first.data)
    const { data } = await api.get(`/admin/export-partners/${google.id}/fetches`, admin)
    expect(data.fetches.map((f: any) => [f.status, f.etag_hit])).toEqual(
      expect.arrayContaining([
        [200, false],
        [304, true],
      ]),
    )
  })

  it("past the partner's rate limit answers 429 with Retry-After", async () => {
    await build(google.id)
    await api.post(`/admin/export-partners/${google.id}`, { rate_limit_per_minute: 2 }, admin)
    const statuses = []
    let retryAfter
    for (let i = 0; i < 4; i++) {
      const response = await api.get(`/feeds/${google.id}/feed.xml`, { ...bearer(google.token), ...ok })
      statuses.push(response.status)
      retryAfter ??= response.headers["retry-after"]
    }
    expect(statuses.slice(-2)).toEqual([429, 429])
    expect(Number(retryAfter)).toBeGreaterThan(0)
  })

  it("the JSON change feed pages by keyset with Link rel=next, and withdrawn items come back as tombstones", async () => {
    expect(await build(trade.id)).toMatchObject({ status: "published", item_count: 4 })
    const seen: any[] = []
    let url: string | null = "/partner/v1/items?limit=3"
    while (url) {
      const response = await api.get(url, bearer(trade.token))
      seen.push(...response.data.items)
      url = response.headers.link ? /<([^>]+)>; rel="next"/.exec(response.headers.link)![1] : null
    }
    expect(seen).toHaveLength(4)
    expect(seen[0]).toMatchObject({ price: { amount: expect.stringMatching(/^\d+\.\d{2}$/), currency: "USD" }, deleted: false })
    const since = new Date().toISOString()
    await api.post(`/creator/products/${carpet.id}/unpublish`, {}, shop.headers)
    expect(await build(trade.id, true)).toMatchObject({ status: "published", item_count: 2 })
    const { data } = await api.get(`/partner/v1/items?updated_since=${encodeURIComponent(since)}`, bearer(trade.token))
    expect(data.items.map((i: any) => [i.deleted, i.id]).sort()).toEqual(carpet.variants.map((v: any) => [true, v.id]).sort())
    expect(data.next_cursor).toBeNull()
  })

  it("a malformed cursor, date or limit answers 400", async () => {
    for (const query of ["cursor=nonsense", "updated_since=yesterday", "limit=0", "limit=abc"]) {
      const response = await api.get(`/partner/v1/items?${query}`, { ...bearer(trade.token), ...ok })
      expect([query, response.status]).toEqual([query, 400])
    }
  })

  it("the truncation guard holds an empty or much smaller snapshot and keeps serving the last good one", async () => {
    await build(google.id)
    const before = await api.get(`/feeds/${google.id}/feed.xml`, bearer(google.token))
    await api.post(`/admin/export-partners/${google.id}`, { max_shrink: 0.25 }, admin)
    await api.post(`/creator/products/${carpet.id}/unpublish`, {}, shop.headers)
    const shrunk = await build(google.id)
    expect(shrunk).toMatchObject({ status: "held", item_count: 2 })
    expect(shrunk.note).toMatch(/confirm/)
    expect((await api.get(`/feeds/${google.id}/feed.xml`, bearer(google.token))).headers.etag).toBe(before.headers.etag)
    expect(await build(google.id, true)).toMatchObject({ status: "published", item_count: 2 })
    const { data: products } = await api.get("/creator/products", shop.headers)
    for (const product of products.products) await api.post(`/creator/products/${product.id}/unpublish`, {}, shop.headers)
    expect(await build(google.id, true)).toMatchObject({ status: "held", item_count: 0 })
    const after = await api.get(`/feeds/${google.id}/feed.xml`, bearer(google.token))
    expect(parser.parse(after.data).rss.channel.item).toHaveLength(2)
  })

  it("a build that dies half-way leaves the previous snapshot served, and the next build succeeds", async () => {
    await build(google.id)
    const before = await api.get(`/feeds/${google.id}/feed.xml`, bearer(google.token))
    let calls = 0
    const failing = async () => {
      if (++calls > 1) throw new Error("connection lost")
      return [{ id: "prod_x", title: "x", variants: [] }]
    }
    await expect(buildPartnerFeed(getContainer(), google.id, { pages: failing })).rejects.toThrow("connection lost")
    const during = await api.get(`/feeds/${google.id}/feed.xml`, bearer(google.token))
    expect(during.headers.etag).toBe(before.headers.etag)
    expect(during.data).toBe(before.data)
    expect(await build(google.id)).toMatchObject({ status: "published", item_count: 4 })
  })

  it("the served OpenAPI document describes the real answers of the change feed", async () => {
    const { data: doc } = await api.get("/partner/v1/openapi.json")
    expect(doc.openapi).toBe("3.1.0")
    const ajv = new Ajv2020({ strict: false })
    addFormats(ajv)
    ajv.addSchema({ $id: "doc", components: doc.components })
    const schemaOf = (status: string) => {
      const response = doc.paths["/partner/v1/items"].get.responses[status]
      return JSON.parse(JSON.stringify(response.content["application/json"].schema).replace(/"#\/components/g, '"doc#/components'))
    }
    const valid200 = ajv.compile(schemaOf("200"))
    await build(trade.id)
    await api.post(`/creator/products/${carpet.id}/unpublish`, {}, shop.headers)
    await build(trade.id, true)
    const page = await api.get("/partner/v1/items?limit=2", bearer(trade.token))
    const rest = await api.get(/<([^>]+)>/.exec(page.headers.link)![1], bearer(trade.token))
    for (const body of [page.data, rest.data]) expect([valid200(body), valid200.errors]).toEqual([true, null])
    expect(rest.data.items.some((i: any) => i.deleted)).toBe(true)
    const valid400 = ajv.compile(schemaOf("400"))
    const valid401 = ajv.compile(schemaOf("401"))
    expect(valid400((await api.get("/partner/v1/items?cursor=x", { ...bearer(trade.token), ...ok })).data)).toBe(true)
    expect(valid401((await api.get("/partner/v1/items", ok)).data)).toBe(true)
    const responses = doc.paths["/feeds/{partner_id}/{file}"].get.responses
    expect(Object.keys(responses)).toEqual(expect.arrayContaining(["200", "304", "401", "429"]))
  })
})
