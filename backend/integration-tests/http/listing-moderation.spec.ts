import { Modules } from "@medusajs/framework/utils"
import { operator, signUpShop, type Headers } from "../utils/actors"
import { setUpMarketplace } from "../utils/marketplace"
import { medusaSuite } from "../utils/medusa-suite"
import { ok } from "../utils/http"

medusaSuite("listing_moderation", ({ api, getContainer }) => {
  let admin: Headers
  let store: Headers
  let shop: Awaited<ReturnType<typeof signUpShop>>

  beforeAll(async () => {
    admin = await operator(api, getContainer())
    store = (await setUpMarketplace(getContainer())).storeHeaders
    await api.post("/admin/marketplace-settings", { require_listing_moderation: true }, admin)
    shop = await signUpShop(api, "miniatures@example.az", { handle: "miniatures" })
    await api.post(`/admin/creators/${shop.creator.id}/approve`, {}, admin)
  })

  const inStore = async (id: string) => (await api.get(`/store/products/${id}`, { ...store, ...ok })).status === 200

  it("a listing waits in the operators' queue until approved, and an edit sends it back", async () => {
    const { data } = await api.post(
      "/creator/products",
      {
        kind: "physical",
        title: "Miniature: Leyli and Majnun",
        variants: [{ title: "A4", prices: [{ currency_code: "azn", amount: 350 }], stock: 1 }],
      },
      shop.headers,
    )
    await api.post(`/creator/products/${data.product.id}/publish`, {}, shop.headers)
    const mine = await api.get(`/creator/products/${data.product.id}`, shop.headers)
    expect(mine.data.product).toMatchObject({ status: "proposed", listing: { moderation_status: "pending", published: true } })
    expect(await inStore(data.product.id)).toBe(false)

    const queue = await api.get("/admin/listings?moderation_status=pending", admin)
    const listing = queue.data.listings.find((l: any) => l.product.id === data.product.id)
    expect(listing.product.creator.handle).toBe("miniatures")

    const noReason = await api.post(`/admin/listings/${listing.id}/reject`, {}, { ...admin, ...ok })
    expect(noReason.status).toBe(400)
    await api.post(`/admin/listings/${listing.id}/approve`, {}, admin)
    expect(await inStore(data.product.id)).toBe(true)
    const again = await api.post(`/admin/listings/${listing.id}/approve`, {}, { ...admin, ...ok })
    expect([again.status, again.data.message]).toEqual([400, "This listing is already approved."])

    await api.post(`/creator/products/${data.product.id}`, { description: "Now with a frame" }, shop.headers)
    expect(await inStore(data.product.id)).toBe(false)
    await api.post(`/admin/listings/${listing.id}/reject`, { reason: "Photo missing" }, admin)
    const rejected = await api.get(`/creator/products/${data.product.id}`, shop.headers)
    expect(rejected.data.product).toMatchObject({
      status: "rejected",
      listing: { moderation_status: "rejected", moderation_reason: "Photo missing" },
    })

    // the shop hears about both decisions
    const notifications = getContainer().resolve(Modules.NOTIFICATION)
    for (let i = 0; i < 50 && (await notifications.listNotifications({ template: "listing-rejected" })).length === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    const [notice] = await notifications.listNotifications({ template: "listing-rejected" })
    expect(notice).toMatchObject({ to: "miniatures@example.az", data: { reason: "Photo missing", product_id: data.product.id } })
    expect(await notifications.listNotifications({ template: "listing-approved" })).toHaveLength(1)
  })

  it("an approved listing goes back to review when its images or variants change", async () => {
    const { data } = await api.post(
      "/creator/products",
      { kind: "physical", title: "Copper tray", variants: [{ title: "Small", prices: [{ currency_code: "azn", amount: 90 }], stock: 2 }] },
      shop.headers,
    )
    await api.post(`/creator/products/${data.product.id}/publish`, {}, shop.headers)
    const queue = await api.get("/admin/listings?moderation_status=pending", admin)
    const listing = queue.data.listings.find((l: any) => l.product.id === data.product.id)
    await api.post(`/admin/listings/${listing.id}/approve`, {}, admin)
    expect(await inStore(data.product.id)).toBe(true)

    await api.post(
      `/creator/products/${data.product.id}/variants`,
      { title: "Large", prices: [{ currency_code: "azn", amount: 150 }], stock: 1 },
      shop.headers,
    )
    expect(await inStore(data.product.id)).toBe(false)
    const mine = await api.get(`/creator/products/${data.product.id}`, shop.headers)
    expect(mine.data.product.listing).toMatchObject({ moderation_status: "pending", moderation_reason: "variant added" })
  })
})
