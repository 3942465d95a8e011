import { buildPartnerFeed } from "@creative-market/export-listings/lib/feeds/build"
import { feedCandidates } from "@creative-market/export-listings/lib/feeds/candidates"
import { measureImages, withCatalogueClient } from "@creative-market/export-listings/lib/feeds/catalogue-client"
import { scanCatalogue } from "@creative-market/export-listings/lib/feeds/scan"
import { EXPORT_LISTING_MODULE } from "@creative-market/export-listings/modules/export-listing"
import { XMLParser, XMLValidator } from "fast-xml-parser"
import { bearer } from "../utils/actors"
import { addImage, buildFeed, feedsForTests, feedsScenario } from "../utils/export-feeds"
import { publishListing } from "../utils/listings"
import { medusaSuite } from "../utils/medusa-suite"

feedsForTests()

const parser = new XMLParser({ isArray: (name) => name === "item" })

medusaSuite("export_feeds", ({ api, getContainer }) => {
  let s: Awaited<ReturnType<typeof feedsScenario>>
  const build = (id: string, confirm = false) => buildFeed(api, s.admin, id, confirm)

  beforeAll(async () => {
    s = await feedsScenario(api, getContainer())
  })

  it("the Google feed lists every variant of the ready products, well-formed, with Google's attributes and the store's prices and text", async () => {
    expect(await build(s.google.id)).toMatchObject({ status: "published", item_count: 4 })
    // the Admin's readiness counts read the same catalogue statement: the two carpets, not the rug
    const { data: readiness } = await api.get(`/admin/export-partners/${s.google.id}/readiness`, s.admin)
    expect(readiness.ready).toBe(2)
    expect(readiness.not_ready).toBeGreaterThan(0)
    expect(readiness.reasons[0].count).toBeGreaterThan(0)
    const response = await api.get(`/feeds/${s.google.id}/feed.xml`, bearer(s.google.token))
    expect(response.headers["content-type"]).toMatch(/^application\/xml/)
    expect(XMLValidator.validate(response.data)).toBe(true)
    const items = parser.parse(response.data).rss.channel.item
    expect(items).toHaveLength(4)
    const { data: storeProduct } = await api.get(
      `/store/products/${s.carpet.id}?region_id=${s.euRegion}&locale=en&fields=title,*variants.calculated_price,variants.title`,
      s.store,
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
        "g:item_group_id": s.carpet.id,
        "g:ships_from_country": "AZ",
        "g:shipping_weight": "4200 g",
      })
    }
  })

  it("a build reads only the products that can be ready for its partner, and never leaves out one that is", async () => {
    // a digital good needs no export profile: the JSON partner takes it, Google does not
    const patterns = await publishListing(api, s.shop.headers, {
      kind: "digital",
      title: "Carpet patterns",
      variants: [{ title: "PDF", prices: [{ currency_code: "usd", amount: 9 }] }],
    })
    await addImage(api, s.shop.headers, patterns.id)
    const container = getContainer()
    const [google, trade] = await container
      .resolve(EXPORT_LISTING_MODULE)
      .listPartners({ id: [s.google.id, s.trade.id] }, { order: { name: "asc" } })
    for (const partner of [google, trade]) {
      const read = async (where?: string) => {
        const products = { read: 0, ready: [] as string[] }
        await withCatalogueClient(container, async (client) => {
          for await (const { product, readiness } of scanCatalogue([client], partner, measureImages(container), { where })) {
            products.read++
            if (readiness.ready) products.ready.push(product.id)
          }
        })
        return products
      }
      const all = await read()
      const candidates = await read(feedCandidates(partner))
      expect(candidates.ready).toEqual(all.ready)
      expect(candidates.read).toBeLessThan(all.read)
      expect(all.ready.length).toBe(partner.format === "json" ? 3 : 2)
    }
  })

  it("the truncation guard holds an empty or much smaller snapshot and keeps serving the last good one", async () => {
    await build(s.google.id)
    const before = await api.get(`/feeds/${s.google.id}/feed.xml`, bearer(s.google.token))
    await api.post(`/admin/export-partners/${s.google.id}`, { max_shrink: 0.25 }, s.admin)
    await api.post(`/creator/products/${s.carpet.id}/unpublish`, {}, s.shop.headers)
    const shrunk = await build(s.google.id)
    expect(shrunk).toMatchObject({ status: "held", item_count: 2 })
    expect(shrunk.note).toMatch(/confirm/)
    expect((await api.get(`/feeds/${s.google.id}/feed.xml`, bearer(s.google.token))).headers.etag).toBe(before.headers.etag)
    expect(await build(s.google.id, true)).toMatchObject({ status: "published", item_count: 2 })
    const { data: products } = await api.get("/creator/products", s.shop.headers)
    for (const product of products.products) await api.post(`/creator/products/${product.id}/unpublish`, {}, s.shop.headers)
    expect(await build(s.google.id, true)).toMatchObject({ status: "held", item_count: 0 })
    const after = await api.get(`/feeds/${s.google.id}/feed.xml`, bearer(s.google.token))
    expect(parser.parse(after.data).rss.channel.item).toHaveLength(2)
  })

  it("a feed builder process killed half-way leaves the previous snapshot served, and the next build succeeds", async () => {
    await build(s.google.id)
    const before = await api.get(`/feeds/${s.google.id}/feed.xml`, bearer(s.google.token))
    let killed: number | undefined
    // batches of one product: the builder reports after the first product and waits for the answer
    const dying = buildPartnerFeed(getContainer(), s.google.id, {
      batch: 1,
      progress: (_progress, builder) => {
        killed = builder.pid
        builder.kill("SIGKILL")
      },
    })
    await expect(dying).rejects.toThrow(/the feed builder stopped \(SIGKILL\)/)
    expect(killed).toBeGreaterThan(0)
    const during = await api.get(`/feeds/${s.google.id}/feed.xml`, bearer(s.google.token))
    expect(during.headers.etag).toBe(before.headers.etag)
    expect(during.data).toBe(before.data)
    expect(await build(s.google.id)).toMatchObject({ status: "published", item_count: 4 })
  })
})
