import { Modules } from "@medusajs/framework/utils"
import { cartWith, checkoutGroup } from "../utils/checkout"
import { ok, waitFor } from "../utils/http"
import { medusaSuite } from "../utils/medusa-suite"
import { openBowlAndPack, type BowlAndPack } from "../utils/purchases"

medusaSuite("cancellation_takes_back", ({ api, getContainer }) => {
  let fx = {} as BowlAndPack
  beforeAll(async () => {
    fx = await openBowlAndPack(api, getContainer())
  })

  /** The download link e-mailed to the buyer (path and token). */
  async function downloadLink(email: string) {
    const mail = await waitFor(
      async () => (await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ template: "digital-downloads", to: email }))[0],
    )
    const url = new URL((mail.data as any).links[0].url)
    return url.pathname + url.search
  }
  const download = (link: string, headers: Record<string, string> = {}) => api.get(link, { ...ok, headers })
  /** HEAD counts no download, so waiting on it cannot use a link up */
  const peek = (link: string) => api.head(link, ok)

  it("a cancelled order's download link answers 410 saying the purchase was cancelled, in the buyer's language", async () => {
    const { admin, purchase } = fx
    const { group, packs, bowls, packLine } = await purchase("cancelled-download@example.az")
    const link = await downloadLink("cancelled-download@example.az")
    expect((await download(link)).status).toBe(200)

    await api.post(`/admin/marketplace/orders/${packs.id}/cancel`, {}, admin)
    await expect.poll(async () => (await peek(link)).status).toBe(410)
    const refused = await download(link)
    expect(refused.data).toEqual({ type: "gone", message: expect.stringContaining("This purchase was cancelled") })
    const page = await download(link, { accept: "text/html", "accept-language": "az" })
    expect([page.status, page.data]).toEqual([410, expect.stringContaining("Bu alış ləğv edildiyi üçün")])

    // the buyer's purchase shows the cancelled part and what came back of it (docs/decisions/055)
    const { data } = await api.get(`/store/order-groups/${group.id}`, fx.store)
    expect(data.order_group.refunded_total).toBe(30)
    expect(data.order_group.orders.map((o: any) => [o.id, o.status, o.refunded_total])).toEqual(
      expect.arrayContaining([
        [packs.id, "canceled", 30],
        [bowls.id, "pending", 0],
      ]),
    )
    expect(data.order_group.orders.find((o: any) => o.id === packs.id).refunded_lines).toEqual({ [packLine]: { quantity: 1, amount: 30 } })
  })

  it("a line refunded in full takes its downloads back, saying it was refunded", async () => {
    const { admin, purchase, capture } = fx
    const { group, packs, packLine } = await purchase("refunded-download@example.az")
    await capture(group.id)
    const link = await downloadLink("refunded-download@example.az")
    expect((await download(link)).status).toBe(200)

    await api.post(`/admin/marketplace/orders/${packs.id}/refunds`, { line_item_id: packLine, quantity: 1 }, admin)
    await expect.poll(async () => (await peek(link)).status).toBe(410)
    expect((await download(link)).data.message).toContain("This purchase was refunded")
  })

  it("a partial refund of a line keeps its downloads; refunding the rest takes them back", async () => {
    const { store, admin, regionId, variants, capture } = fx
    const email = "two-packs@example.az"
    // a download is one copy (its quantity stays 1): a part of its money comes back, then the rest
    const cart = await cartWith(api, store, regionId, [{ variant_id: variants.pack }], { email })
    const { order, order_group } = await checkoutGroup(api, store, cart.id)
    await capture(order_group.id)
    const link = await downloadLink(email)
    const line = order.items[0].id

    const first = await api.post(`/admin/marketplace/orders/${order.id}/refunds`, { line_item_id: line, amount: 10 }, admin)
    expect(first.data.refund).toMatchObject({ line_refunded_in_full: false })
    // give the event's subscribers time to run: they must leave the grant alone
    await new Promise((resolve) => setTimeout(resolve, 1500))
    expect((await download(link)).status).toBe(200)

    const rest = await api.post(`/admin/marketplace/orders/${order.id}/refunds`, { line_item_id: line }, admin)
    expect(rest.data.refund).toMatchObject({ line_refunded_in_full: true })
    await expect.poll(async () => (await peek(link)).status).toBe(410)
    expect((await download(link)).data.message).toContain("This purchase was refunded")
  })

  it("a signed-in buyer's account no longer offers the downloads of a cancelled purchase", async () => {
    const { store, admin, regionId, variants } = fx
    const email = "account-download@example.az"
    const password = "silk-road-kelagayi-2026"
    const { data: registration } = await api.post("/auth/customer/emailpass/register", { email, password })
    await api.post("/store/customers", { email }, { headers: { ...store.headers, authorization: `Bearer ${registration.token}` } })
    const { data: login } = await api.post("/auth/customer/emailpass", { email, password })
    const customer = { headers: { ...store.headers, authorization: `Bearer ${login.token}` } }
    const { data } = await api.post("/store/carts", { region_id: regionId }, customer)
    await api.post(`/store/carts/${data.cart.id}/line-items`, { variant_id: variants.pack, quantity: 1 }, customer)
    const { order } = await checkoutGroup(api, customer, data.cart.id)
    const offered = async () => (await api.get("/store/customers/me/downloads", customer)).data.downloads
    await expect.poll(async () => (await offered()).map((d: any) => [d.order_id, Boolean(d.url)])).toEqual([[order.id, true]])

    await api.post(`/admin/marketplace/orders/${order.id}/cancel`, {}, admin)
    await expect.poll(offered).toEqual([])
  })
})
