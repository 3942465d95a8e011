import { bearer, operator, signUpShop, type Headers } from "../utils/actors"
import { buildFeed, createPartner, feedsForTests, readyProduct } from "../utils/export-feeds"
import { setUpMarketplace } from "../utils/marketplace"
import { medusaSuite } from "../utils/medusa-suite"

feedsForTests()

medusaSuite("export_tombstones", ({ api, getContainer }) => {
  let admin: Headers
  let shop: Awaited<ReturnType<typeof signUpShop>>
  let other: Awaited<ReturnType<typeof signUpShop>>
  let trade: { id: string; token: string }
  let google: { id: string; token: string }
  let carpet: any

  /** Rebuilds the JSON partner's feed and returns the items changed since `since`, as [deleted, id] pairs. */
  async function changesAfter(since: string) {
    expect(await buildFeed(api, admin, trade.id, true)).toMatchObject({ status: "published" })
    const { data } = await api.get(`/partner/v1/items?updated_since=${encodeURIComponent(since)}`, bearer(trade.token))
    return data.items.map((item: any) => [item.deleted, item.id]).sort()
  }
  const tombstones = (...variants: any[]) => variants.map((v) => [true, v.id]).sort()

  beforeAll(async () => {
    await setUpMarketplace(getContainer())
    admin = await operator(api, getContainer())
    shop = await signUpShop(api, "tombstones@example.az", { handle: "shaki-weavers", name: "Shaki Weavers" })
    await api.post(`/admin/creators/${shop.creator.id}/approve`, {}, admin)
    carpet = await readyProduct(api, shop.headers, "Shaki carpet")
    await readyProduct(api, shop.headers, "Ganja carpet")
    // another shop keeps the feed from emptying (an empty snapshot is never published)
    other = await signUpShop(api, "other@example.az", { handle: "lahij-copper", name: "Lahij Copper" })
    await api.post(`/admin/creators/${other.creator.id}/approve`, {}, admin)
    await readyProduct(api, other.headers, "Lahij rug")
    trade = await createPartner(api, admin, { name: "Trade US", format: "json", market_country: "US", currency: "usd", postal: false })
    google = await createPartner(api, admin, { name: "Google DE", format: "google-xml", market_country: "DE", currency: "eur" })
    expect(await buildFeed(api, admin, trade.id)).toMatchObject({ status: "published", item_count: 6 })
  })

  it("a variant that sells out becomes a tombstone in the change feed and out_of_stock in the Google feed", async () => {
    const since = new Date().toISOString()
    const [small, large] = carpet.variants
    await api.post(`/creator/products/${carpet.id}/variants/${small.id}`, { stock: 0 }, shop.headers)
    expect(await changesAfter(since)).toEqual(tombstones(small))
    expect(await buildFeed(api, admin, google.id)).toMatchObject({ status: "published", item_count: 6 })
    const xml: string = (await api.get(`/feeds/${google.id}/feed.xml`, bearer(google.token))).data
    const item = (id: string) => xml.split("<item>").find((part) => part.includes(`<g:id>${id}</g:id>`))!
    expect(item(small.id)).toContain("<g:availability>out_of_stock</g:availability>")
    expect(item(large.id)).toContain("<g:availability>in_stock</g:availability>")

    const restocked = new Date().toISOString()
    await api.post(`/creator/products/${carpet.id}/variants/${small.id}`, { stock: 2 }, shop.headers)
    expect(await changesAfter(restocked)).toEqual([[false, small.id]])
  })

  it("a withdrawn listing's variants become tombstones", async () => {
    const since = new Date().toISOString()
    await api.post(`/creator/products/${carpet.id}/unpublish`, {}, shop.headers)
    expect(await changesAfter(since)).toEqual(tombstones(...carpet.variants))
  })

  it("a suspended shop's items all become tombstones", async () => {
    const since = new Date().toISOString()
    await api.post(`/admin/creators/${shop.creator.id}/suspend`, { reason: "audit" }, admin)
    const changed = await changesAfter(since)
    expect(changed).toHaveLength(4)
    expect(changed.every(([deleted]: [boolean]) => deleted)).toBe(true)
  })

  it("a listing that is no longer ready (its HS code removed) becomes a tombstone", async () => {
    const since = new Date().toISOString()
    await api.post(`/creator/products/${carpet.id}/export-profile`, { hs_code: null }, shop.headers)
    expect(await changesAfter(since)).toEqual(tombstones(...carpet.variants))
  })

  it("a deleted product's export profile is deleted with it, and its variants become tombstones", async () => {
    const kilim = await readyProduct(api, other.headers, "Lahij kilim")
    const before = new Date().toISOString()
    expect(await changesAfter(before)).toEqual(kilim.variants.map((v: any) => [false, v.id]).sort())
    const { data } = await api.get(`/creator/products/${kilim.id}/export-profile`, other.headers)
    const profiles = () => getContainer().resolve("export_listing").listExportProfiles({ id: data.export_profile.id })
    expect(await profiles()).toHaveLength(1)

    const since = new Date().toISOString()
    await api.delete(`/creator/products/${kilim.id}`, other.headers)
    // the product.deleted subscriber runs after the answer
    for (let i = 0; i < 50 && (await profiles()).length; i++) await new Promise((resolve) => setTimeout(resolve, 100))
    expect(await profiles()).toEqual([])
    expect(await changesAfter(since)).toEqual(tombstones(...kilim.variants))
  })
})
