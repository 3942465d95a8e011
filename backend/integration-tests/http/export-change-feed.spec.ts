import { gunzipSync } from "node:zlib"
import Ajv2020 from "ajv/dist/2020"
import addFormats from "ajv-formats"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { bearer } from "../utils/actors"
import { buildFeed, feedsForTests, feedsScenario } from "../utils/export-feeds"
import { medusaSuite } from "../utils/medusa-suite"
import { ok } from "../utils/http"

feedsForTests()

medusaSuite("export_change_feed", ({ api, getContainer }) => {
  let s: Awaited<ReturnType<typeof feedsScenario>>
  const build = (id: string, confirm = false) => buildFeed(api, s.admin, id, confirm)

  beforeAll(async () => {
    s = await feedsScenario(api, getContainer())
  })

  it("the JSON change feed pages by keyset with Link rel=next, and withdrawn items come back as tombstones", async () => {
    expect(await build(s.trade.id)).toMatchObject({ status: "published", item_count: 4 })
    const seen: any[] = []
    let url: string | null = "/partner/v1/items?limit=3"
    while (url) {
      const response = await api.get(url, bearer(s.trade.token))
      seen.push(...response.data.items)
      url = response.headers.link ? /<([^>]+)>; rel="next"/.exec(response.headers.link)![1] : null
    }
    expect(seen).toHaveLength(4)
    expect(seen[0]).toMatchObject({ price: { amount: expect.stringMatching(/^\d+\.\d{2}$/), currency: "USD" }, deleted: false })
    const since = new Date().toISOString()
    // a rebuild of an unchanged catalogue writes no row of the change feed
    const written = () =>
      getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION).raw("SELECT max(updated_at) AS at FROM export_feed_item")
    const before = (await written()).rows[0].at
    expect(await build(s.trade.id)).toMatchObject({ status: "published", item_count: 4 })
    expect((await written()).rows[0].at).toEqual(before)
    expect((await api.get(`/partner/v1/items?updated_since=${encodeURIComponent(since)}`, bearer(s.trade.token))).data.items).toEqual([])
    await api.post(`/creator/products/${s.carpet.id}/unpublish`, {}, s.shop.headers)
    expect(await build(s.trade.id, true)).toMatchObject({ status: "published", item_count: 2 })
    const { data } = await api.get(`/partner/v1/items?updated_since=${encodeURIComponent(since)}`, bearer(s.trade.token))
    expect(data.items.map((i: any) => [i.deleted, i.id]).sort()).toEqual(s.carpet.variants.map((v: any) => [true, v.id]).sort())
    expect(data.next_cursor).toBeNull()
  })

  it("a malformed cursor, date or limit answers 400", async () => {
    for (const query of ["cursor=nonsense", "updated_since=yesterday", "limit=0", "limit=abc"]) {
      const response = await api.get(`/partner/v1/items?${query}`, { ...bearer(s.trade.token), ...ok })
      expect([query, response.status]).toEqual([query, 400])
    }
  })

  it("answers gzip when asked (not when refused with q=0), the same JSON", async () => {
    const page = (encoding: string) =>
      api.get("/partner/v1/items?limit=2", {
        ...bearer(s.trade.token, { "accept-encoding": encoding }),
        decompress: false,
        responseType: "arraybuffer",
      })
    const plain = await page("identity")
    expect(plain.headers["content-encoding"]).toBeUndefined()
    const gzipped = await page("br;q=1, gzip;q=0.8")
    expect([gzipped.headers["content-encoding"], gzipped.headers.vary]).toEqual(["gzip", "Accept-Encoding"])
    const json = (body: Buffer) => JSON.parse(body.toString()).items.map((item: any) => item.id)
    expect(json(gunzipSync(gzipped.data))).toEqual(json(Buffer.from(plain.data)))
    expect((await page("gzip;q=0")).headers["content-encoding"]).toBeUndefined()
  })

  it("an unchanged page answers 304 to its strong ETag (the gzip copy's apart), and the fetch log says so", async () => {
    await build(s.trade.id)
    const first = await api.get("/partner/v1/items?limit=2", bearer(s.trade.token, { "accept-encoding": "identity" }))
    expect(first.headers.etag).toMatch(/^"[\w-]+"$/)
    expect(first.headers["last-modified"]).toBeDefined()
    const again = (etag: string, encoding = "identity") =>
      api.get("/partner/v1/items?limit=2", { ...bearer(s.trade.token, { "if-none-match": etag, "accept-encoding": encoding }), ...ok })
    const unchanged = await again(first.headers.etag)
    expect([unchanged.status, unchanged.data]).toEqual([304, ""])
    // the gzip copy is another representation: the plain copy's tag does not match it
    const gzipped = await again(first.headers.etag, "gzip")
    expect([gzipped.status, gzipped.headers.etag]).toEqual([200, first.headers.etag.replace(/"$/, '-gz"')])
    const { data } = await api.get(`/admin/export-partners/${s.trade.id}/fetches`, s.admin)
    expect(data.fetches.map((f: any) => [f.status, f.etag_hit, f.bytes])).toEqual(expect.arrayContaining([[304, true, 0]]))
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
    await build(s.trade.id)
    await api.post(`/creator/products/${s.carpet.id}/unpublish`, {}, s.shop.headers)
    await build(s.trade.id, true)
    const page = await api.get("/partner/v1/items?limit=2", bearer(s.trade.token))
    const rest = await api.get(/<([^>]+)>/.exec(page.headers.link)![1], bearer(s.trade.token))
    for (const body of [page.data, rest.data]) expect([valid200(body), valid200.errors]).toEqual([true, null])
    expect(rest.data.items.some((i: any) => i.deleted)).toBe(true)
    const valid400 = ajv.compile(schemaOf("400"))
    const valid401 = ajv.compile(schemaOf("401"))
    expect(valid400((await api.get("/partner/v1/items?cursor=x", { ...bearer(s.trade.token), ...ok })).data)).toBe(true)
    expect(valid401((await api.get("/partner/v1/items", ok)).data)).toBe(true)
    const responses = doc.paths["/feeds/{partner_id}/{file}"].get.responses
    expect(Object.keys(responses)).toEqual(expect.arrayContaining(["200", "304", "401", "429"]))
  })
})
