import { Modules } from "@medusajs/framework/utils"
import sharp from "sharp"
import { approvedShop, signUpShop, type Headers } from "../utils/actors"
import { cartWith, checkout } from "../utils/checkout"
import { multipart, publishListing, zipFile } from "../utils/listings"
import { openMarketplace } from "../utils/marketplace"
import { medusaSuite } from "../utils/medusa-suite"
import { ok, waitFor } from "../utils/http"

const prices = [{ currency_code: "azn", amount: 30 }]

medusaSuite("listing_kinds", ({ api, getContainer }) => {
  let store: Headers
  let regionId: string
  let shop: Awaited<ReturnType<typeof signUpShop>>

  beforeAll(async () => {
    const container = getContainer()
    const market = await openMarketplace(api, container)
    const { admin } = market
    ;({ storeHeaders: store, regionId } = market)
    shop = await approvedShop(api, admin, "studio@example.az", { handle: "mugham-studio", programme: "music" })
  })

  const listed = (product: Record<string, unknown>) => publishListing(api, shop.headers, product)

  it("a cart with a digital and a service item needs no shipping method", async () => {
    const pack = await listed({
      kind: "digital",
      title: "Mugham sample pack",
      variants: [
        { title: "Personal", prices },
        { title: "Commercial", prices },
      ],
    })
    const lesson = await listed({
      kind: "service",
      title: "Tar masterclass",
      service: { delivery: "remote", lead_time_days: 2, date_required: true },
      variants: [{ title: "1 hour", prices }],
    })
    expect(pack.options[0].title).toBe("Licence")
    expect(pack.variants.every((v: any) => v.manage_inventory === false)).toBe(true)

    const date = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10)
    const cart = await cartWith(api, store, regionId, [
      { variant_id: pack.variants.find((v: any) => v.title === "Commercial").id },
      { variant_id: lesson.variants[0].id, metadata: { requested_date: date } },
    ])
    expect(cart.items.map((item: any) => item.requires_shipping)).toEqual([false, false])
    const order = await checkout(api, store, cart.id)
    expect(order.items).toHaveLength(2)
    expect(order.shipping_methods).toEqual([])
  })

  it("a digital line's quantity stays 1: more of it is refused on add, on update and on a new cart", async () => {
    const pack = await listed({ kind: "digital", title: "Segah loops", variants: [{ title: "Personal", prices }] })
    const variant_id = pack.variants[0].id
    const once = /"Segah loops" is a digital item: .* its quantity stays 1/
    const { data } = await api.post("/store/carts", { region_id: regionId }, store)
    const cart = `/store/carts/${data.cart.id}`
    const three = await api.post(`${cart}/line-items`, { variant_id, quantity: 3 }, { ...store, ...ok })
    expect([three.status, three.data.message]).toEqual([400, expect.stringMatching(once)])
    const created = await api.post("/store/carts", { region_id: regionId, items: [{ variant_id, quantity: 2 }] }, { ...store, ...ok })
    expect([created.status, created.data.message]).toEqual([400, expect.stringMatching(once)])

    const line = (await api.post(`${cart}/line-items`, { variant_id, quantity: 1 }, store)).data.cart.items[0]
    const again = await api.post(`${cart}/line-items`, { variant_id, quantity: 1 }, { ...store, ...ok })
    expect([again.status, again.data.message]).toEqual([400, expect.stringMatching(once)])
    const raised = await api.post(`${cart}/line-items/${line.id}`, { quantity: 3 }, { ...store, ...ok })
    expect([raised.status, raised.data.message]).toEqual([400, expect.stringMatching(once)])
    expect((await api.get(cart, store)).data.cart.items.map((item: any) => item.quantity)).toEqual([1])
    const removed = await api.post(`${cart}/line-items/${line.id}`, { quantity: 0 }, store)
    expect(removed.data.cart.items).toEqual([])
  })

  it("the store tells a storefront each listing's kind, details and creator, and nothing about unknown products", async () => {
    const lesson = await listed({
      kind: "service",
      title: "Kamancha lesson",
      service: { delivery: "onsite", lead_time_days: 3, date_required: true },
      variants: [{ title: "1 hour", prices }],
    })
    const { data } = await api.get(`/store/listings?product_id=${lesson.id},prod_unknown`, store)
    expect(data.listings).toEqual([
      expect.objectContaining({
        product_id: lesson.id,
        kind: "service",
        service_delivery: "onsite",
        service_lead_time_days: 3,
        service_date_required: true,
        creator: { id: shop.creator.id, handle: "mugham-studio", name: expect.any(String) },
      }),
    ])
    const bad = await api.get("/store/listings?product_id=1%20OR%201=1", { ...store, ...ok })
    expect(bad.status).toBe(400)
  })

  it("a service sold both online and in person says so, and an unknown delivery mode is refused", async () => {
    const course = await listed({
      kind: "service",
      title: "Yalli course",
      service: { delivery: "both", lead_time_days: 1, date_required: true },
      options: [{ title: "Format", values: ["Online", "In person"] }],
      variants: [
        { title: "Online", options: { Format: "Online" }, prices },
        { title: "In person", options: { Format: "In person" }, prices },
      ],
    })
    const { data } = await api.get(`/store/listings?product_id=${course.id}`, store)
    expect(data.listings[0].service_delivery).toBe("both")

    const wrong = await api.post(
      "/creator/products",
      {
        kind: "service",
        title: "Teleport",
        service: { delivery: "teleport", lead_time_days: 1, date_required: false },
        variants: [{ title: "One", prices }],
      },
      { ...shop.headers, ...ok },
    )
    expect(wrong.status).toBe(400)
    expect(wrong.data.message).toMatch(/delivery/)
  })

  it("a physical item needs shipping and has stock", async () => {
    const carpet = await listed({ kind: "physical", title: "Guba carpet", variants: [{ title: "1×1.5 m", prices, stock: 3 }] })
    const cart = await cartWith(api, store, regionId, [{ variant_id: carpet.variants[0].id }])
    expect(cart.items[0].requires_shipping).toBe(true)
    const { data } = await api.get(`/creator/products/${carpet.id}`, shop.headers)
    expect(data.product.variants[0].inventory_items[0].inventory.location_levels[0].stocked_quantity).toBe(3)
  })

  it("a service refuses a date inside its lead time, and one that is missing", async () => {
    const lesson = await listed({
      kind: "service",
      title: "Dance class",
      service: { delivery: "onsite", lead_time_days: 7, date_required: true },
      variants: [{ title: "Group", prices }],
    })
    const { data } = await api.post("/store/carts", { region_id: regionId }, store)
    const tooSoon = await api.post(
      `/store/carts/${data.cart.id}/line-items`,
      { variant_id: lesson.variants[0].id, quantity: 1, metadata: { requested_date: new Date().toISOString().slice(0, 10) } },
      { ...store, ...ok },
    )
    expect(tooSoon.status).toBe(400)
    expect(tooSoon.data.message).toMatch(/7 days' notice/)
    const missing = await api.post(
      `/store/carts/${data.cart.id}/line-items`,
      { variant_id: lesson.variants[0].id, quantity: 1 },
      { ...store, ...ok },
    )
    expect(missing.status).toBe(400)
    expect(missing.data.message).toMatch(/Choose a date/)
  })

  it("kind rules are validated: stock on a service, service details on goods", async () => {
    const stock = await api.post(
      "/creator/products",
      { kind: "service", title: "x", service: { delivery: "remote", lead_time_days: 1 }, variants: [{ title: "a", prices, stock: 2 }] },
      { ...shop.headers, ...ok },
    )
    expect(stock.status).toBe(400)
    expect(stock.data.message).toMatch(/stock and weight are only for physical goods/)
    const details = await api.post(
      "/creator/products",
      { kind: "physical", title: "x", service: { delivery: "remote", lead_time_days: 1 }, variants: [{ title: "a", prices }] },
      { ...shop.headers, ...ok },
    )
    expect(details.status).toBe(400)
    expect(details.data.message).toMatch(/service/)
  })

  it("a digital buyer downloads through a signed, counted, expiring link and nothing else", async () => {
    const { data: created } = await api.post(
      "/creator/products",
      {
        kind: "digital",
        title: "Shur mugham album",
        digital: { download_limit: 2, download_ttl_hours: 24 },
        variants: [{ title: "Personal", prices }],
      },
      shop.headers,
    )
    const album = created.product
    const empty = await api.post(`/creator/products/${album.id}/publish`, {}, { ...shop.headers, ...ok })
    expect(empty.status).toBe(400)
    expect(empty.data.message).toMatch(/Upload the files buyers will receive/)
    const upload = await api.post(`/creator/products/${album.id}/files`, zipFile("Muğam albomu.zip"), shop.headers)
    expect(upload.data.files[0]).toMatchObject({ filename: "Muğam albomu.zip", mime_type: "application/zip" })
    expect(JSON.stringify(upload.data)).not.toMatch(/private-|file_key/)
    await api.post(`/creator/products/${album.id}/publish`, {}, shop.headers)
    const lastFile = await api.delete(`/creator/products/${album.id}/files/${upload.data.files[0].id}`, { ...shop.headers, ...ok })
    expect(lastFile.status).toBe(400)

    const cart = await cartWith(api, store, regionId, [{ variant_id: album.variants[0].id }], { locale: "ru" })
    const order = await checkout(api, store, cart.id)
    const notification = await waitFor(
      async () => (await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ template: "digital-downloads" }))[0],
    )
    expect(notification.to).toBe("buyer@example.az")
    expect(notification.data.locale).toBe("ru") // the language the buyer bought in
    const url = new URL(notification.data.links[0].url)
    expect(url.pathname).toMatch(/^\/downloads\/dlg_/)

    expect((await api.head(url.pathname + url.search)).status).toBe(200) // a link scanner's HEAD counts nothing
    const first = await api.get(url.pathname + url.search, { responseType: "arraybuffer" })
    expect(decodeURIComponent(first.headers["content-disposition"])).toContain("Muğam albomu.zip")
    expect(Buffer.from(first.data)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]))
    expect((await api.get(url.pathname + url.search, ok)).status).toBe(200)
    const used = await api.get(url.pathname + url.search, ok)
    expect([used.status, used.data.type]).toEqual([410, "gone"])
    // opened from the e-mail in a browser: a page in the buyer's language that says why, not JSON
    const page = await api.get(url.pathname + url.search, { ...ok, headers: { accept: "text/html", "accept-language": "ru-RU,ru;q=0.9" } })
    expect([page.status, page.headers["content-type"]]).toEqual([410, expect.stringMatching(/^text\/html/)])
    expect(page.data).toContain("лимит скачиваний исчерпан")
    expect(page.data).toMatch(/href="http[^"]+\/ru\/account"/)

    const forged = await api.get(`${url.pathname}?token=${url.searchParams.get("token")!.replace(/.$/, "x")}`, ok)
    expect(forged.status).toBe(403)
    const otherGrant = await api.get(`/downloads/dlg_other?token=${url.searchParams.get("token")}`, ok)
    expect(otherGrant.status).toBe(403)
    expect(order.id).toBe(notification.resource_id)
  })

  it("refuses at checkout what stopped being sold after it was put in the cart", async () => {
    const carpet = await listed({ kind: "physical", title: "Shirvan carpet", variants: [{ title: "2×3 m", prices, stock: 1 }] })
    const cart = await cartWith(api, store, regionId, [{ variant_id: carpet.variants[0].id }])
    await api.post(`/creator/products/${carpet.id}/unpublish`, {}, shop.headers)
    const { data: collection } = await api.post("/store/payment-collections", { cart_id: cart.id }, store)
    await api.post(
      `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
      { provider_id: "pp_system_default" },
      store,
    )
    const complete = await api.post(`/store/carts/${cart.id}/complete`, {}, { ...store, ...ok })
    expect(complete.status).toBe(400)
    expect(complete.data.message).toMatch(/No longer for sale: "Shirvan carpet"/)
  })

  it("uploaded images are re-encoded without their metadata; non-images are refused", async () => {
    const print = await listed({ kind: "physical", title: "Miniature print", variants: [{ title: "A3", prices, stock: 1 }] })
    const photo = await sharp({ create: { width: 40, height: 30, channels: 3, background: "#884422" } })
      .jpeg()
      .withMetadata({ exif: { IFD0: { Copyright: "gps-and-secrets" } } })
      .toBuffer()
    const { data } = await api.post(
      `/creator/products/${print.id}/images`,
      multipart([{ name: "photo.jpg", content: photo }]),
      shop.headers,
    )
    expect(data.product.images).toHaveLength(1)
    expect(data.product.thumbnail).toMatch(/\.webp$/)
    const refused = await api.post(
      `/creator/products/${print.id}/images`,
      multipart([{ name: "fake.jpg", content: Buffer.from("<?php evil ?>") }]),
      { ...shop.headers, ...ok },
    )
    expect(refused.status).toBe(400)
    expect(refused.data.message).toMatch(/not an image/)

    const unknown = await api.delete(`/creator/products/${print.id}/images/img_not_here`, { ...shop.headers, ...ok })
    expect([unknown.status, unknown.data.message]).toEqual([404, `Image img_not_here was not found on product ${print.id}.`])
    const removed = await api.delete(`/creator/products/${print.id}/images/${data.product.images[0].id}`, shop.headers)
    expect(removed.data).toMatchObject({ object: "product_image", deleted: true })
    const after = await api.get(`/creator/products/${print.id}`, shop.headers)
    expect([after.data.product.images, after.data.product.thumbnail]).toEqual([[], null])
  })
})
