import { createStep, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { decideCreatorWorkflow } from "@creative-market/creator-shops/workflows/decide-creator"
import { operator, signUpShop, type Headers } from "../utils/actors"
import { publishListing } from "../utils/listings"
import { setUpMarketplace } from "../utils/marketplace"
import { medusaSuite } from "../utils/medusa-suite"
import { ok } from "../utils/http"

const prices = (azn: number) => [
  { currency_code: "azn", amount: azn },
  { currency_code: "eur", amount: Math.round(azn / 1.9) },
  { currency_code: "usd", amount: Math.round(azn / 1.7) },
]

const LISTINGS = [
  {
    kind: "physical",
    title: "Karabakh carpet",
    description: "Hand-knotted wool carpet.",
    translations: { title: { az: "Qarabağ xalçası", ru: "Карабахский ковёр" } },
    variants: [{ title: "2×3 m", prices: prices(2400), stock: 1 }],
  },
  {
    kind: "physical",
    title: "Silk kalaghayi scarf",
    description: "Sheki silk, indigo.",
    translations: { title: { az: "İpək kəlağayı", ru: "Шёлковый платок кялагаи" } },
    variants: [{ title: "Standard", prices: prices(120), stock: 4 }],
  },
  {
    kind: "digital",
    title: "Mugham sample pack",
    description: "Tar and kamancha loops.",
    translations: { title: { az: "Muğam sempl paketi", ru: "Сэмплы мугама" } },
    variants: [{ title: "Personal", prices: prices(30) }],
  },
  {
    kind: "service",
    title: "Recording studio hour",
    description: "Baku studio with engineer.",
    service: { delivery: "onsite", lead_time_days: 1 },
    variants: [{ title: "1 hour", prices: prices(60) }],
  },
]

/** A suspension that fails after all its writes (and after search was told the shop left). */
const failAfterSuspension = createWorkflow("suspend-then-fail", (input: any) => {
  const creator = decideCreatorWorkflow.runAsStep({ input })
  createStep("fail-after-suspension", async () => {
    throw new Error("forced failure after the suspension")
  })(creator)
  return new WorkflowResponse(creator)
})

medusaSuite("product_search", ({ api, getContainer }) => {
  let admin: Headers
  let store: Headers
  let shop: Awaited<ReturnType<typeof signUpShop>>
  const ids: Record<string, string> = {}

  async function search(body: Record<string, unknown>) {
    return api.post("/store/search", { entity: "product", ...body }, { ...store, ...ok })
  }

  async function hitsFor(q: string, extra: Record<string, unknown> = {}) {
    const { data } = await search({ filters: { q }, ...extra })
    return data.results[0].hits.map((hit: any) => hit.id) as string[]
  }

  async function eventually(probe: () => Promise<boolean>) {
    for (let i = 0; i < 100; i++) {
      if (await probe()) return true
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    return false
  }

  beforeAll(async () => {
    admin = await operator(api, getContainer())
    store = (await setUpMarketplace(getContainer())).storeHeaders
    shop = await signUpShop(api, "weaver@example.az", { handle: "shusha-weavers", name: "Shusha Weavers" })
    await api.post(`/admin/creators/${shop.creator.id}/approve`, {}, admin)
    for (const listing of LISTINGS) {
      const product = await publishListing(api, shop.headers, listing)
      ids[
        listing.kind === "physical" && listing.title.includes("carpet") ? "carpet" : listing.kind === "physical" ? "scarf" : listing.kind
      ] = product.id
    }
    expect(await eventually(async () => (await hitsFor("")).length === 4)).toBe(true)
  })

  it("finds listings by their texts in any of the three languages, and by ASCII spellings", async () => {
    expect(await hitsFor("carpet")).toEqual([ids.carpet])
    expect(await hitsFor("xalça")).toEqual([ids.carpet])
    expect(await hitsFor("xalca")).toEqual([ids.carpet])
    expect(await hitsFor("ковер")).toEqual([ids.carpet])
    expect(await hitsFor("kelagayi")).toEqual([ids.scarf])
    expect(await hitsFor("carpt")).toEqual([ids.carpet])
    expect(await hitsFor("Shusha Weavers")).toHaveLength(4)
  })

  it("facets by kind and gives price stats; filters and sorts", async () => {
    const { data } = await search({
      filters: { q: "" },
      search_options: { facets: ["kind", { field: "price_azn", type: "stats" }] },
    })
    const facets = data.results[0].facets
    expect(JSON.stringify(facets.kind)).toContain("digital")
    const byPrice = await search({ filters: { price_azn: { $lte: 100 } }, pagination: { order: { price_azn: "ASC" } } })
    expect(byPrice.data.results[0].hits.map((h: any) => h.id)).toEqual([ids.digital, ids.service])
  })

  it("drops a suspended shop's products and brings them back on approval", async () => {
    await api.post(`/admin/creators/${shop.creator.id}/suspend`, { reason: "audit" }, admin)
    expect(await eventually(async () => (await hitsFor("")).length === 0)).toBe(true)
    await api.post(`/admin/creators/${shop.creator.id}/approve`, {}, admin)
    expect(await eventually(async () => (await hitsFor("")).length === 4)).toBe(true)
  })

  it("a suspension that fails after its writes announces the shop back, and search has its products again", async () => {
    const { errors } = await failAfterSuspension(getContainer()).run({
      input: { id: shop.creator.id, decision: "suspend", reason: "audit", actor_type: "user" },
      throwOnError: false,
    })
    expect(errors.map((e: any) => e.error.message)).toContain("forced failure after the suspension")
    expect(await eventually(async () => (await hitsFor("")).length === 4)).toBe(true)
    const { data } = await api.get(`/admin/creators/${shop.creator.id}`, admin)
    expect(data.creator.status).toBe("approved")
  })

  it("lets operators see the index status and reindex through Medusa's admin routes", async () => {
    const { data } = await api.get("/admin/search-indexes", admin)
    const product = data.search_indexes.find((index: any) => index.name === "product")
    expect(product).toMatchObject({ name: "product", provider: "embedded", status: "ready" })
    const unauthenticated = await api.get("/admin/search-indexes", ok)
    expect(unauthenticated.status).toBe(401)
    const reindex = await api.post("/admin/search-indexes/product/reindex", {}, admin)
    expect(reindex.status).toBe(202)
    expect(await eventually(async () => (await hitsFor("")).length === 4)).toBe(true)
  })

  it("answers bad input with a 4xx and a message, never a 500 or a wider query", async () => {
    const unknownIndex = await api.post("/store/search", { entity: "creator_secrets", filters: {} }, { ...store, ...ok })
    expect(unknownIndex.status).toBe(404)
    const unknownField = await search({ filters: { cost_price: 5 } })
    expect(unknownField.status).toBe(400)
    expect(unknownField.data.message).toMatch(/cost_price/)
    const tooMany = await search({ pagination: { take: 1000 } })
    expect(tooMany.status).toBe(400)
    const like = await search({ filters: { title_en: { $like: "%carpet%" } } })
    expect(like.status).toBe(400)
    // a wrong key or shape of the single form is named as such, not as the batch form's missing `queries`
    const limit = await search({ limit: -1 })
    expect([limit.status, limit.data.message]).toEqual([
      400,
      'A search does not take "limit": its fields are entity, fields, filters, pagination, search_options (a page is pagination: { skip, take }).',
    ])
    // an array is refused for every route alike, before the search's own check (docs/decisions/059)
    const list = await api.post("/store/search", [], { ...store, ...ok })
    expect([list.status, list.data.message]).toEqual([400, "The request body must be a JSON object ({ ... }), not an array."])
    const injection = await search({ filters: { kind: `digital" OR kind != "x`, creator_handle: "x') OR 1=1 --" } })
    expect(injection.status).toBeLessThan(500)
    if (injection.status === 200) expect(injection.data.results[0].hits).toEqual([])
  })
})
