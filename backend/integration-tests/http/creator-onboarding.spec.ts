import { Modules } from "@medusajs/framework/utils"
import { operator, signUpShop, type Headers } from "../utils/actors"
import { setUpMarketplace } from "../utils/marketplace"
import { medusaSuite } from "../utils/medusa-suite"
import { ok } from "../utils/http"

const carpet = {
  kind: "physical",
  title: "Qarabağ carpet",
  description: "Hand-knotted wool carpet from Shusha.",
  translations: { title: { az: "Qarabağ xalçası", ru: "Карабахский ковёр" } },
  variants: [
    {
      title: "2×3 m",
      prices: [
        { currency_code: "azn", amount: 2400 },
        { currency_code: "eur", amount: 1260 },
      ],
      stock: 2,
    },
  ],
}

medusaSuite("creator_onboarding", ({ api, getContainer }) => {
  let admin: Headers
  let store: Headers

  beforeAll(async () => {
    const container = getContainer()
    admin = await operator(api, container)
    store = (await setUpMarketplace(container)).storeHeaders
  })

  async function listedShop(handle: string) {
    const shop = await signUpShop(api, `${handle}@example.az`, { handle })
    const { data } = await api.post("/creator/products", carpet, shop.headers)
    await api.post(`/creator/products/${data.product.id}/publish`, {}, shop.headers)
    return { ...shop, product: data.product }
  }

  async function storeProductIds() {
    const { data } = await api.get("/store/products?limit=100", store)
    return data.products.map((p: { id: string }) => p.id)
  }

  async function notifications(template: string) {
    // notifications are sent by a subscriber, a moment after the decision
    const service = getContainer().resolve(Modules.NOTIFICATION)
    for (let i = 0; i < 50; i++) {
      const found = await service.listNotifications({ template })
      if (found.length) return found
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    return []
  }

  it("a new shop waits for approval, then its published listing appears on its store page", async () => {
    const shop = await listedShop("lahij-copper")
    expect(shop.creator.status).toBe("pending")
    expect((await api.get("/store/creators/lahij-copper", { ...store, ...ok })).status).toBe(404)
    expect(await storeProductIds()).not.toContain(shop.product.id)

    const approved = await api.post(`/admin/creators/${shop.creator.id}/approve`, {}, admin)
    expect(approved.data.creator.status).toBe("approved")
    expect(approved.data.creator.status_changes.map((c: any) => c.to_status).sort()).toEqual(["approved", "pending"])

    const page = await api.get("/store/creators/lahij-copper?locale=az", store)
    expect(page.data.creator).toMatchObject({ handle: "lahij-copper" })
    expect(page.data.creator.email).toBeUndefined()
    expect(page.data.products.map((p: any) => p.title)).toEqual(["Qarabağ xalçası"])
    expect(await storeProductIds()).toContain(shop.product.id)
    expect((await notifications("creator-approved"))[0]).toMatchObject({ to: "lahij-copper@example.az", channel: "email" })
  })

  it("a rejected shop needs a reason, is told why and stays out of the store", async () => {
    const shop = await listedShop("rejected-shop")
    const noReason = await api.post(`/admin/creators/${shop.creator.id}/reject`, {}, { ...admin, ...ok })
    expect(noReason.status).toBe(400)
    expect(noReason.data.message).toMatch(/reason is required/)

    const rejected = await api.post(`/admin/creators/${shop.creator.id}/reject`, { reason: "Not a creative business" }, admin)
    expect(rejected.data.creator).toMatchObject({ status: "rejected", status_reason: "Not a creative business" })
    expect((await api.get("/store/creators/rejected-shop", { ...store, ...ok })).status).toBe(404)
    expect(await storeProductIds()).not.toContain(shop.product.id)
    expect((await notifications("creator-rejected"))[0].data).toMatchObject({ reason: "Not a creative business" })
  })

  it("suspending a shop takes its products out of the store; approving it again brings them back", async () => {
    const shop = await listedShop("kelagayi-house")
    await api.post(`/admin/creators/${shop.creator.id}/approve`, {}, admin)
    expect(await storeProductIds()).toContain(shop.product.id)

    await api.post(`/admin/creators/${shop.creator.id}/suspend`, { reason: "Counterfeit complaint" }, admin)
    expect(await storeProductIds()).not.toContain(shop.product.id)
    expect((await api.get(`/store/products/${shop.product.id}`, { ...store, ...ok })).status).toBe(404)
    expect((await api.get("/store/creators/kelagayi-house", { ...store, ...ok })).status).toBe(404)

    const pendingAgain = await api.post(`/admin/creators/${shop.creator.id}/reject`, { reason: "x" }, { ...admin, ...ok })
    expect(pendingAgain.status).toBe(400)

    await api.post(`/admin/creators/${shop.creator.id}/approve`, {}, admin)
    expect(await storeProductIds()).toContain(shop.product.id)
    const { data } = await api.get(`/admin/creators/${shop.creator.id}`, admin)
    expect(data.creator.status_changes.map((c: any) => [c.to_status, c.reason, c.actor_type])).toEqual(
      expect.arrayContaining([["suspended", "Counterfeit complaint", "user"]]),
    )
  })

  it("operators list shops by status", async () => {
    await signUpShop(api, "a@example.az", { handle: "shop-a" })
    const b = await signUpShop(api, "b@example.az", { handle: "shop-b" })
    await api.post(`/admin/creators/${b.creator.id}/approve`, {}, admin)
    const pending = await api.get("/admin/creators?status=pending", admin)
    expect(pending.data.creators.map((c: any) => c.handle)).toEqual(["shop-a"])
    const approved = await api.get("/store/creators?programme=crafts", store)
    expect(approved.data.creators.map((c: any) => c.handle)).toEqual(["shop-b"])
  })

  it("the shops featured as having something on sale are only approved shops with a published listing", async () => {
    const listed = await listedShop("shop-listed")
    const empty = await signUpShop(api, "empty@example.az", { handle: "shop-empty" })
    const drafting = await signUpShop(api, "draft@example.az", { handle: "shop-draft" })
    await api.post("/creator/products", carpet, drafting.headers)
    for (const shop of [listed, empty, drafting]) await api.post(`/admin/creators/${shop.creator.id}/approve`, {}, admin)
    const handles = async (path: string) => {
      const { data } = await api.get(path, store)
      return [data.creators.map((c: any) => c.handle), data.count]
    }
    expect(await handles("/store/creators")).toEqual([["shop-draft", "shop-empty", "shop-listed"], 3])
    expect(await handles("/store/creators?with_listings=true")).toEqual([["shop-listed"], 1])
    expect(await handles("/store/creators?with_listings=true&programme=crafts&locale=az")).toEqual([["shop-listed"], 1])
    expect(await handles("/store/creators?with_listings=true&programme=music")).toEqual([[], 0])
    expect(await handles("/store/creators?with_listings=true&offset=1")).toEqual([[], 1])
    // suspended: its listing leaves the store, and the shop the featured ones
    await api.post(`/admin/creators/${listed.creator.id}/suspend`, { reason: "Counterfeit complaint" }, admin)
    expect(await handles("/store/creators?with_listings=true")).toEqual([[], 0])
  })
})
