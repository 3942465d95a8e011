import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import sharp from "sharp"
import { operator, signUpShop, type Headers } from "../utils/actors"
import { multipart, publishListing } from "../utils/listings"
import { setUpMarketplace } from "../utils/marketplace"
import { medusaSuite } from "../utils/medusa-suite"
import { ok } from "../utils/http"

process.env.FEEDS_DIR = mkdtempSync(path.join(tmpdir(), "cm-feeds-"))
process.env.FEEDS_REBUILD_DEBOUNCE_MS = "0"

medusaSuite("export_ready_search", ({ api, getContainer }) => {
  let admin: Headers
  let store: Headers
  let shop: Awaited<ReturnType<typeof signUpShop>>
  let google: string
  const ids: Record<string, string> = {}

  const search = async (body: Record<string, unknown>) =>
    (await api.post("/store/search", { entity: "product", ...body }, { ...store, ...ok })).data.results[0]
  const hits = async (filters: Record<string, unknown>) =>
    ((await search({ filters, pagination: { take: 50 } })).hits.map((hit: any) => hit.id) as string[]).sort()
  const sorted = (...names: string[]) => names.map((name) => ids[name]).sort()

  // up to ~30 s: a loaded CI machine once took longer than 15 s to index the three carpets
  async function eventually(probe: () => Promise<boolean>) {
    for (let i = 0; i < 300; i++) {
      if (await probe()) return true
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    return false
  }

  /** A published carpet with a 640×640 image; `profile: false` leaves its export profile empty. */
  async function carpet(title: string, currencies: string[], profile = true) {
    const product = await publishListing(api, shop.headers, {
      kind: "physical",
      title,
      description: `${title}, hand-knotted wool.`,
      variants: [{ title: "One", prices: currencies.map((currency_code) => ({ currency_code, amount: 90 })) }],
    })
    const image = await sharp({ create: { width: 640, height: 640, channels: 3, background: "#832" } })
      .png()
      .toBuffer()
    await api.post(`/creator/products/${product.id}/images`, multipart([{ name: "carpet.png", content: image }]), shop.headers)
    if (profile) await exportProfile(product.id)
    return product.id as string
  }
  const exportProfile = (id: string) =>
    api.post(`/creator/products/${id}/export-profile`, { hs_code: "570110", origin_country: "AZ", weight_g: 4200 }, shop.headers)

  beforeAll(async () => {
    store = (await setUpMarketplace(getContainer())).storeHeaders
    admin = await operator(api, getContainer())
    const partner = { language: "en", allowed_kinds: ["physical"] }
    google = (
      await api.post(
        "/admin/export-partners",
        { name: "Google DE", format: "google-xml", market_country: "DE", currency: "eur", ...partner },
        admin,
      )
    ).data.partner.id
    await api.post("/admin/export-partners", { name: "Trade US", format: "json", market_country: "US", currency: "usd", ...partner }, admin)
    shop = await signUpShop(api, "ready@example.az", { handle: "guba-rugs", name: "Guba Rugs" })
    await api.post(`/admin/creators/${shop.creator.id}/approve`, {}, admin)
    ids.both = await carpet("Guba carpet", ["eur", "usd"])
    ids.us = await carpet("Shirvan carpet", ["usd"])
    ids.none = await carpet("Unclassified rug", ["eur", "usd"], false)
    expect(await eventually(async () => (await hits({ export_markets: "US" })).length === 2)).toBe(true)
  })

  it("a buyer filters listings by the market they are export-ready for, and sees the markets as a facet", async () => {
    expect(await hits({ export_markets: "DE" })).toEqual(sorted("both"))
    expect(await hits({ export_markets: "US" })).toEqual(sorted("both", "us"))
    expect(await hits({ export_markets: { $in: ["DE", "US"] } })).toEqual(sorted("both", "us"))
    expect(await hits({ export_ready: true })).toEqual(sorted("both", "us"))
    expect(await hits({ export_ready: false })).toEqual(sorted("none"))
    const { facets } = await search({ filters: { q: "" }, search_options: { facets: ["export_markets"] } })
    expect(JSON.stringify(facets.export_markets)).toContain("DE")
    expect(JSON.stringify(facets.export_markets)).toContain("US")
  })

  it("completing an export profile makes the listing export-ready in search without a reindex", async () => {
    await exportProfile(ids.none)
    expect(await eventually(async () => (await hits({ export_markets: "DE" })).includes(ids.none))).toBe(true)
    expect(await hits({ export_ready: false })).toEqual([])
  })

  it("a partner that moves to another market moves its listings' export-ready market with it", async () => {
    await api.post(`/admin/export-partners/${google}`, { market_country: "FR" }, admin)
    expect(await eventually(async () => (await hits({ export_markets: "FR" })).length > 0)).toBe(true)
    expect(await hits({ export_markets: "FR" })).toEqual(sorted("both"))
    expect(await hits({ export_markets: "DE" })).toEqual([])
  })

  it("answers an unknown market filter with no hits, never a 500", async () => {
    const response = await api.post("/store/search", { entity: "product", filters: { export_markets: "ZZ" } }, { ...store, ...ok })
    expect(response.status).toBe(200)
    expect(response.data.results[0].hits).toEqual([])
  })
})
