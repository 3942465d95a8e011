import { beforeAll, beforeEach, describe, expect, it } from "vitest"

/**
 * The Store API answers that Medusa's Caching Module serves (docs/decisions/008) must show every
 * write at the next store request. One scenario for both profiles: the embedded one (in-memory
 * provider, one process) and the scale-out one (Redis provider, where writes go to one server
 * process and the store reads from another). Plain HTTP only, so it runs against any process.
 */
export type FreshnessTarget = {
  /** base URL of the process that takes the writes (admin and creator APIs) */
  writeUrl: () => string
  /** base URL of the process the store reads from: another server process in the scale-out profile */
  readUrl: () => string
  /** an operator's headers */
  admin: () => Promise<Record<string, string>>
  /** changes a product's title in the database itself, behind Medusa's back (no event) */
  writeBehindMedusa: (productId: string, title: string) => Promise<void>
  /** runs before each test (the embedded suite restores its database then, so it empties the cache too) */
  beforeEachTest?: () => Promise<void>
}

type Json = Record<string, any>

const prices = (azn: number) => [
  { currency_code: "azn", amount: azn },
  { currency_code: "eur", amount: Math.round(azn / 1.9) },
  { currency_code: "usd", amount: Math.round(azn / 1.7) },
]

const STORE_FIELDS = "*variants.calculated_price,+variants.inventory_quantity"

export function describeStoreFreshness(name: string, target: FreshnessTarget) {
  describe(name, () => {
    let admin: Record<string, string>
    let store: Record<string, string>
    let shop: { id: string; handle: string; headers: Record<string, string> }
    let regionId: string
    let channelId: string
    let carpet: { id: string; handle: string; variantId: string }
    let silkId: string

    async function call(base: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
      const response = await fetch(`${base}${path}`, {
        method,
        headers: { ...(body ? { "content-type": "application/json" } : {}), ...headers },
        body: body ? JSON.stringify(body) : undefined,
      })
      const data = await response.json().catch(() => ({}))
      return { status: response.status, data: data as Json }
    }
    async function write(method: string, path: string, body: unknown, headers: Record<string, string>) {
      const { status, data } = await call(target.writeUrl(), method, path, body, headers)
      if (status >= 300) throw new Error(`${method} ${path} → ${status} ${JSON.stringify(data)}`)
      return data
    }
    async function read(path: string) {
      const { status, data } = await call(target.readUrl(), "GET", path, undefined, store)
      if (status !== 200 && status !== 404) throw new Error(`GET ${path} → ${status} ${JSON.stringify(data)}`)
      return { status, data }
    }

    // the storefront's reads: a product page (by handle through the list route), a 12-product list, a shop page
    const productPage = async (handle: string, locale = "en") =>
      (await read(`/store/products?handle=${handle}&region_id=${regionId}&locale=${locale}&fields=${STORE_FIELDS}`)).data.products[0] as
        Json | undefined
    const productList = async () =>
      (await read(`/store/products?limit=12&region_id=${regionId}&fields=${STORE_FIELDS}`)).data.products as Json[]
    const listIds = async () => (await productList()).map((p) => p.id as string)
    const listTitles = async () => (await productList()).map((p) => p.title as string)
    const shopPage = async () => read(`/store/creators/${shop.handle}?locale=en`)
    const shopProducts = async () => ((await shopPage()).data.products ?? []) as Json[]
    const shopIds = async () => (await shopProducts()).map((p) => p.id as string)
    const shopTitles = async () => (await shopProducts()).map((p) => p.title as string)
    const shopHandles = async () => (await read("/store/creators")).data.creators.map((c: Json) => c.handle) as string[]

    /** reads everything twice, so the next read after a write would be a cache hit if nothing invalidated it */
    async function warm(handle = carpet.handle) {
      for (let i = 0; i < 2; i++) {
        await productPage(handle)
        await productPage(handle, "az")
        await productList()
        await shopPage()
        await shopHandles()
      }
    }

    async function publish(listing: Json) {
      const { product } = await write("POST", "/creator/products", listing, shop.headers)
      await write("POST", `/creator/products/${product.id}/publish`, {}, shop.headers)
      return product as Json
    }

    beforeAll(async () => {
      admin = await target.admin()
      const {
        stores: [storeRow],
      } = await write("GET", "/admin/stores", undefined, admin)
      await write(
        "POST",
        `/admin/stores/${storeRow.id}`,
        { supported_currencies: [{ currency_code: "azn", is_default: true }, { currency_code: "eur" }, { currency_code: "usd" }] },
        admin,
      )
      channelId = storeRow.default_sales_channel_id
      // a second channel: with one, Medusa's store routes do not filter by channel at all
      await write("POST", "/admin/sales-channels", { name: "Partner feeds" }, admin)
      const { api_key } = await write("POST", "/admin/api-keys", { title: "freshness", type: "publishable" }, admin)
      await write("POST", `/admin/api-keys/${api_key.id}/sales-channels`, { add: [channelId] }, admin)
      store = { "x-publishable-api-key": api_key.token }
      const { stock_location } = await write("POST", "/admin/stock-locations", { name: "Baku" }, admin)
      await write("POST", `/admin/stock-locations/${stock_location.id}/sales-channels`, { add: [channelId] }, admin)
      const { shipping_profiles } = await write("GET", "/admin/shipping-profiles?type=default", undefined, admin)
      if (!shipping_profiles.length) await write("POST", "/admin/shipping-profiles", { name: "Default", type: "default" }, admin)
      const { region } = await write(
        "POST",
        "/admin/regions",
        { name: "Azerbaijan", currency_code: "azn", countries: ["az"], payment_providers: ["pp_system_default"] },
        admin,
      )
      regionId = region.id

      const email = "freshness@example.az"
      const { token: registration } = await write("POST", "/auth/creator/emailpass/register", { email, password: "creator-password" }, {})
      const { creator } = await write(
        "POST",
        "/creator/signup",
        {
          member: { name: "Owner" },
          shop: { handle: "fresh-looms", name: "Fresh Looms", programme: "crafts", legal_type: "individual", email },
        },
        { authorization: `Bearer ${registration}` },
      )
      await write("POST", `/admin/creators/${creator.id}/approve`, {}, admin)
      const { token } = await write("POST", "/auth/creator/emailpass", { email, password: "creator-password" }, {})
      shop = { id: creator.id, handle: creator.handle, headers: { authorization: `Bearer ${token}` } }

      const product = await publish({
        kind: "physical",
        title: "Karabakh carpet",
        translations: { title: { az: "Qarabağ xalçası" } },
        variants: [{ title: "2×3 m", prices: prices(2400), stock: 3 }],
      })
      carpet = { id: product.id, handle: product.handle, variantId: product.variants[0].id }
      silkId = (
        await publish({ kind: "physical", title: "Silk kalaghayi", variants: [{ title: "Standard", prices: prices(120), stock: 4 }] })
      ).id
    })

    beforeEach(async () => {
      await target.beforeEachTest?.()
    })

    it("answers the storefront's reads from the cache: a change behind Medusa's back stays unseen", async () => {
      await warm()
      const title = (await productPage(carpet.handle))?.title
      await target.writeBehindMedusa(carpet.id, "Changed in SQL")
      expect((await productPage(carpet.handle))?.title).toBe(title)
      expect(await listTitles()).toContain(title)
      expect(await shopTitles()).toContain(title)
      await target.writeBehindMedusa(carpet.id, title)
    })

    it("shows a changed title at the next store request", async () => {
      await warm()
      await write("POST", `/creator/products/${carpet.id}`, { title: "Karabakh wool carpet" }, shop.headers)
      expect((await productPage(carpet.handle))?.title).toBe("Karabakh wool carpet")
      expect(await listTitles()).toContain("Karabakh wool carpet")
      expect(await shopTitles()).toContain("Karabakh wool carpet")
    })

    it("shows a changed price at the next store request, and a cart prices with it", async () => {
      await warm()
      await write("POST", `/creator/products/${carpet.id}/variants/${carpet.variantId}`, { prices: prices(2600) }, shop.headers)
      expect((await productPage(carpet.handle))?.variants[0].calculated_price.calculated_amount).toBe(2600)
      expect((await productList()).find((p: Json) => p.id === carpet.id)?.variants[0].calculated_price.calculated_amount).toBe(2600)
      expect((await shopProducts()).find((p: Json) => p.id === carpet.id)?.variants[0].prices).toContainEqual(
        expect.objectContaining({ currency_code: "azn", amount: 2600 }),
      )

      const { cart } = (await call(target.readUrl(), "POST", "/store/carts", { region_id: regionId }, store)).data
      await write("POST", `/creator/products/${carpet.id}/variants/${carpet.variantId}`, { prices: prices(2700) }, shop.headers)
      const added = await call(
        target.readUrl(),
        "POST",
        `/store/carts/${cart.id}/line-items`,
        { variant_id: carpet.variantId, quantity: 1 },
        store,
      )
      expect(added.data.cart.items[0].unit_price).toBe(2700)
    })

    it("shows a changed translation at the next store request", async () => {
      await warm()
      await write("POST", `/creator/products/${carpet.id}`, { translations: { title: { az: "Qarabağ yun xalçası" } } }, shop.headers)
      expect((await productPage(carpet.handle, "az"))?.title).toBe("Qarabağ yun xalçası")
    })

    it("shows a changed stock level at the next store request", async () => {
      await warm()
      await write("POST", `/creator/products/${carpet.id}/variants/${carpet.variantId}`, { stock: 7 }, shop.headers)
      expect((await productPage(carpet.handle))?.variants[0].inventory_quantity).toBe(7)
    })

    it("drops an unpublished product at the next store request and shows it again when published", async () => {
      await warm()
      await write("POST", `/creator/products/${carpet.id}/unpublish`, {}, shop.headers)
      expect(await productPage(carpet.handle)).toBeUndefined()
      expect(await listIds()).not.toContain(carpet.id)
      expect(await shopIds()).not.toContain(carpet.id)
      await warm()
      await write("POST", `/creator/products/${carpet.id}/publish`, {}, shop.headers)
      expect((await productPage(carpet.handle))?.id).toBe(carpet.id)
      expect(await listIds()).toContain(carpet.id)
      expect(await shopIds()).toContain(carpet.id)
    })

    it("hides a suspended shop and its products at the next store request, and brings them back on approval", async () => {
      await warm()
      await write("POST", `/admin/creators/${shop.id}/suspend`, { reason: "audit" }, admin)
      expect(await productPage(carpet.handle)).toBeUndefined()
      expect(await listIds()).not.toEqual(expect.arrayContaining([carpet.id]))
      expect(await listIds()).not.toEqual(expect.arrayContaining([silkId]))
      expect((await shopPage()).status).toBe(404)
      expect(await shopHandles()).not.toContain(shop.handle)
      await write("POST", `/admin/creators/${shop.id}/approve`, {}, admin)
      expect((await productPage(carpet.handle))?.id).toBe(carpet.id)
      expect(await listIds()).toContain(carpet.id)
      expect(await shopIds()).toContain(carpet.id)
      expect(await shopHandles()).toContain(shop.handle)
    })

    it("drops a product moved out of the store's sales channel at the next store request", async () => {
      await warm()
      await write("POST", `/admin/sales-channels/${channelId}/products`, { remove: [carpet.id] }, admin)
      expect(await productPage(carpet.handle)).toBeUndefined()
      expect(await listIds()).not.toContain(carpet.id)
      expect(await shopIds()).not.toContain(carpet.id)
      await write("POST", `/admin/sales-channels/${channelId}/products`, { add: [carpet.id] }, admin)
      expect((await productPage(carpet.handle))?.id).toBe(carpet.id)
      expect(await listIds()).toContain(carpet.id)
      expect(await shopIds()).toContain(carpet.id)
    })

    it("shows a renamed or new category, collection and region at the next store request", async () => {
      const { product_category } = await write(
        "POST",
        "/admin/product-categories",
        { name: "Carpets", is_active: true, is_internal: false },
        admin,
      )
      const { collection } = await write("POST", "/admin/collections", { title: "Spring" }, admin)
      const names = async () => ({
        categories: (await read("/store/product-categories")).data.product_categories.map((c: Json) => c.name),
        category: (await read(`/store/product-categories/${product_category.id}`)).data.product_category.name,
        collections: (await read("/store/collections")).data.collections.map((c: Json) => c.title),
        collection: (await read(`/store/collections/${collection.id}`)).data.collection.title,
        regions: (await read("/store/regions")).data.regions.map((r: Json) => r.name),
        region: (await read(`/store/regions/${regionId}`)).data.region.name,
      })
      await names()
      await names()
      await write("POST", `/admin/product-categories/${product_category.id}`, { name: "Rugs" }, admin)
      await write("POST", `/admin/collections/${collection.id}`, { title: "Nowruz" }, admin)
      await write("POST", `/admin/regions/${regionId}`, { name: "Azərbaycan" }, admin)
      await write("POST", "/admin/product-categories", { name: "Ceramics", is_active: true, is_internal: false }, admin)
      const after = await names()
      expect(after).toMatchObject({ category: "Rugs", collection: "Nowruz", region: "Azərbaycan" })
      expect(after.categories).toEqual(expect.arrayContaining(["Rugs", "Ceramics"]))
      expect(after.collections).toContain("Nowruz")
      expect(after.regions).toContain("Azərbaycan")
    })

    it("shows a new product at the next store request", async () => {
      await warm()
      const scarf = await publish({
        kind: "physical",
        title: "Sheki silk scarf",
        variants: [{ title: "One", prices: prices(90), stock: 2 }],
      })
      expect((await productPage(scarf.handle))?.title).toBe("Sheki silk scarf")
      expect(await listIds()).toContain(scarf.id)
      expect(await shopIds()).toContain(scarf.id)
    })
  })
}
