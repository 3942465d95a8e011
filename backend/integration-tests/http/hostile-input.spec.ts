import { bearer, operator, registerCreator, signUpShop, type Headers } from "../utils/actors"
import { multipart, publishListing } from "../utils/listings"
import { setUpMarketplace } from "../utils/marketplace"
import { medusaSuite } from "../utils/medusa-suite"
import { ok } from "../utils/http"

// What a probe of the running marketplace tried: every answer is a 4xx that says what to fix,
// never a 500, and nothing about another shop's drafts.
const azn = [{ currency_code: "azn", amount: 20 }]

medusaSuite("hostile_input", ({ api, getContainer }) => {
  let store: Headers
  let regionId: string
  let admin: Headers
  let shopA: Awaited<ReturnType<typeof signUpShop>>
  let shopB: Awaited<ReturnType<typeof signUpShop>>

  beforeAll(async () => {
    admin = await operator(api, getContainer())
    const market = await setUpMarketplace(getContainer())
    store = market.storeHeaders
    regionId = market.regionId
    shopA = await signUpShop(api, "copper@example.az", { handle: "lahij-copper" })
    shopB = await signUpShop(api, "tin@example.az", { handle: "sheki-tin" })
    for (const shop of [shopA, shopB]) await api.post(`/admin/creators/${shop.creator.id}/approve`, {}, admin)
  })

  it("refuses a NUL character in a path, a query or a body with a 400, on every kind of route", async () => {
    const requests = [
      api.get("/creator/products/x%00y", { ...shopA.headers, ...ok }),
      api.get("/creator/products?q=a%00b", { ...shopA.headers, ...ok }),
      api.post(
        "/creator/products",
        { kind: "physical", title: "nul\u0000byte", variants: [{ title: "One", prices: azn }] },
        { ...shopA.headers, ...ok },
      ),
      api.get("/store/creators/x%00", { ...store, ...ok }),
      api.post("/store/search", { entity: "product", filters: { q: "a\u0000b" } }, { ...store, ...ok }),
    ]
    for (const response of await Promise.all(requests)) {
      expect([response.config.url, response.status]).toEqual([response.config.url, 400])
      expect(response.data.message).toMatch(/NUL character/)
    }
  })

  it("refuses a cart's e-mail longer than 254 characters or malformed with a 400 naming it, and keeps the one it had", async () => {
    const { data } = await api.post("/store/carts", { region_id: regionId, email: "buyer@example.az" }, store)
    const cart = `/store/carts/${data.cart.id}`
    const long = `buyer@${"a".repeat(63)}.${"b".repeat(63)}.${"c".repeat(63)}.${"d".repeat(60)}.az` // 261 characters
    const refused = async (path: string, body: unknown) => {
      const response = await api.post(path, body, { ...store, ...ok })
      return [response.status, response.data.message]
    }
    expect(await refused(cart, { email: long })).toEqual([400, "email: must be at most 254 characters."])
    expect(await refused("/store/carts", { region_id: regionId, email: long })).toEqual([400, "email: must be at most 254 characters."])
    expect(await refused(cart, { email: `${"x".repeat(65)}@example.az` })).toEqual([
      400,
      "email: must have at most 64 characters before the @.",
    ])
    expect(await refused(cart, { email: "buyer at example.az" })).toEqual([400, expect.stringContaining("email")])
    expect((await api.get(cart, store)).data.cart.email).toBe("buyer@example.az")
    expect((await api.post(cart, { email: "other@example.az" }, store)).data.cart.email).toBe("other@example.az")
  })

  it("answers an address whose percent-encoding does not decode with a 400 that says so, on every kind of route", async () => {
    const requests = [
      api.get("/store/creators/a%ff", { ...store, ...ok }),
      api.get("/store/products/%E0%A4%A", { ...store, ...ok }),
      api.get("/creator/products/%ff", { ...shopA.headers, ...ok }),
      api.get("/admin/creators/%c3", { ...admin, ...ok }),
      api.post("/auth/creator/%ff/register", {}, ok),
    ]
    for (const response of await Promise.all(requests)) {
      expect([response.config.url, response.status]).toEqual([response.config.url, 400])
      expect(response.data.message).toMatch(/^The address is not valid: /)
    }
    // every other error is still Medusa's answer
    const missing = await api.get("/store/creators/no-such-shop", { ...store, ...ok })
    expect(missing.status).toBe(404)
  })

  it("refuses a negative or non-numeric limit or offset on every list route with a 400 naming it", async () => {
    const lists = [
      ["/store/products", store],
      ["/store/creators", store],
      ["/store/collections", store],
      ["/store/product-categories", store],
      ["/store/regions", store],
      ["/admin/products", admin],
      ["/admin/orders", admin],
    ] as const
    for (const [path, headers] of lists) {
      for (const [query, name] of [
        ["limit=-1", "limit"],
        ["offset=-1", "offset"],
        ["limit=abc", "limit"],
        ["offset=1.5", "offset"],
        ["limit=1&limit=2", "limit"],
      ]) {
        const response = await api.get(`${path}?${query}`, { ...headers, ...ok })
        expect([path, query, response.status]).toEqual([path, query, 400])
        expect(response.data.message).toMatch(new RegExp(`^${name} must be`))
      }
      const fine = await api.get(`${path}?limit=1&offset=0`, { ...headers, ...ok })
      expect([path, fine.status]).toEqual([path, 200])
    }
    for (const pagination of [{ take: -1 }, { skip: -1 }, { take: "abc" }]) {
      const search = await api.post("/store/search", { entity: "product", pagination }, { ...store, ...ok })
      expect([pagination, search.status]).toEqual([pagination, 400])
    }
  })

  it("refuses a cart quantity that is not a whole number from 1 to 10,000 with a 400, and keeps the line's own", async () => {
    // a service keeps no stock, so nothing but the quantity's own check stands before PostgreSQL
    const lesson = await publishListing(api, shopA.headers, {
      kind: "service",
      title: "Engraving lesson",
      service: { delivery: "remote", lead_time_days: 1, date_required: false },
      variants: [{ title: "One hour", prices: azn }],
    })
    const variant_id = lesson.variants[0].id
    const { data } = await api.post("/store/carts", { region_id: regionId }, store)
    const cart = `/store/carts/${data.cart.id}`
    const refused = async (path: string, body: unknown) => {
      const response = await api.post(path, body, { ...store, ...ok })
      return [response.status, response.data.message]
    }
    const adding = "quantity must be a whole number from 1 to 10,000."
    expect(await refused(`${cart}/line-items`, { variant_id, quantity: 3_000_000_000 })).toEqual([400, adding])
    expect(await refused(`${cart}/line-items`, { variant_id, quantity: 1.5 })).toEqual([400, adding])
    expect(await refused("/store/carts", { region_id: regionId, items: [{ variant_id, quantity: 3_000_000_000 }] })).toEqual([
      400,
      "items.0.quantity must be a whole number from 1 to 10,000.",
    ])
    const added = await api.post(`${cart}/line-items`, { variant_id, quantity: 2 }, store)
    const line = added.data.cart.items[0]
    expect(await refused(`${cart}/line-items/${line.id}`, { quantity: 3_000_000_000 })).toEqual([
      400,
      "quantity must be a whole number from 0 to 10,000 (0 removes the line).",
    ])
    expect((await api.get(cart, store)).data.cart.items[0].quantity).toBe(2)
  })

  it("refuses a commission rule naming an unknown creator, category or programme, or a currency the store does not sell", async () => {
    const rule = async (body: Record<string, unknown>) => {
      const response = await api.post("/admin/commission-rules", { type: "percentage", percentage: 5, ...body }, { ...admin, ...ok })
      return [response.status, response.data.message]
    }
    expect(await rule({ scope: "creator", reference: "cre_nope" })).toEqual([400, 'reference: no creator has the id "cre_nope".'])
    expect(await rule({ scope: "category", reference: "pcat_nope" })).toEqual([
      400,
      'reference: no product category has the id "pcat_nope".',
    ])
    expect(await rule({ scope: "programme", reference: "poetry" })).toEqual([
      400,
      expect.stringMatching(/^reference: "poetry" is not a programme; expected one of music, /),
    ])
    expect(await rule({ scope: "global", type: "fixed", amount: 1, currency_code: "xyz" })).toEqual([
      400,
      expect.stringMatching(/^currency_code: the store does not sell in "xyz"; expected one of .*azn/),
    ])
    // 1e300 was stored as a fixed commission (the 100% it is capped at), 99.999999999 as a percentage
    expect(await rule({ scope: "global", type: "fixed", amount: 1e300, currency_code: "azn" })).toEqual([
      400,
      expect.stringContaining("amount"),
    ])
    expect(await rule({ scope: "global", type: "percentage", percentage: 99.999999999 })).toEqual([
      400,
      expect.stringContaining("percentage"),
    ])
    const fine = await api.post(
      "/admin/commission-rules",
      { scope: "creator", reference: shopA.creator.id, type: "percentage", percentage: 5 },
      admin,
    )
    expect(fine.status).toBe(201)
    const edit = await api.post(`/admin/commission-rules/${fine.data.commission_rule.id}`, { reference: "cre_nope" }, { ...admin, ...ok })
    expect([edit.status, edit.data.message]).toEqual([400, 'reference: no creator has the id "cre_nope".'])
    await api.delete(`/admin/commission-rules/${fine.data.commission_rule.id}`, admin)
  })

  it("answers an unknown status in a list filter with the statuses there are", async () => {
    const orders = await api.get("/creator/orders?status=bogus", { ...shopA.headers, ...ok })
    expect([orders.status, orders.data.message]).toEqual([400, expect.stringMatching(/pending, completed, canceled.*bogus/)])
    const payouts = await api.get("/admin/marketplace/payouts?status=bogus", { ...admin, ...ok })
    expect([payouts.status, payouts.data.message]).toEqual([400, expect.stringMatching(/proposed, approved, paid, canceled.*bogus/)])
    for (const query of ["status=paid", "status=paid&status=approved"]) {
      expect((await api.get(`/admin/marketplace/payouts?${query}`, admin)).status).toBe(200)
    }
    expect((await api.get("/creator/orders?status=pending", shopA.headers)).status).toBe(200)
  })

  it("refuses a body nested deeper than any form, before a validator can overflow", async () => {
    // written as text: axios itself cannot copy an object this deep
    const body = `{"entity":"product","filters":${'{"$not":'.repeat(2000)}{"kind":"digital"}${"}".repeat(2000)}}`
    const deep = await api.post("/store/search", body, { headers: { ...store.headers, "content-type": "application/json" }, ...ok })
    expect([deep.status, deep.data.message]).toEqual([400, "The request body nests more than 32 levels deep: flatten it."])
  })

  it("derives a free handle when another shop's draft has the title's, and says nothing about it", async () => {
    const a = await api.post(
      "/creator/products",
      { kind: "physical", title: "Copper jug", variants: [{ title: "One", prices: azn }] },
      shopA.headers,
    )
    const b = await api.post(
      "/creator/products",
      { kind: "physical", title: "Copper jug", variants: [{ title: "One", prices: azn }] },
      { ...shopB.headers, ...ok },
    )
    expect(b.status).toBe(201)
    expect(a.data.product.handle).toBe("copper-jug")
    expect(b.data.product.handle).toMatch(/^copper-jug-[0-9a-f]{6}$/)
    const chosen = await api.post(
      "/creator/products",
      { kind: "physical", title: "Jug", handle: "copper-jug", variants: [{ title: "One", prices: azn }] },
      { ...shopB.headers, ...ok },
    )
    expect([chosen.status, chosen.data.message]).toEqual([422, expect.stringMatching(/handle "copper-jug" is taken/)])
    const local = await api.post(
      "/creator/products",
      { kind: "physical", title: "QA physical Şəki «test» — ü Щука", variants: [{ title: "One", prices: azn }] },
      shopA.headers,
    )
    expect(local.data.product.handle).toBe("qa-physical-seki-test-u-shchuka")
  })

  it("keeps shop images to web addresses and a published listing to at least one variant", async () => {
    const logo = await api.post("/creator/shop", { logo_url: "javascript:alert(1)" }, { ...shopA.headers, ...ok })
    expect([logo.status, logo.data.message]).toEqual([400, "logo_url: must be an http:// or https:// address."])
    const bio = await api.post("/creator/shop", { bio_translations: { az: "salam" } }, { ...shopA.headers, ...ok })
    expect([bio.status, bio.data.message]).toEqual([400, expect.stringMatching(/bio_translations needs the bio itself/)])

    const product = await publishListing(api, shopA.headers, {
      kind: "physical",
      title: "Tray",
      variants: [{ title: "One", prices: azn, stock: 2 }],
    })
    const last = await api.delete(`/creator/products/${product.id}/variants/${product.variants[0].id}`, { ...shopA.headers, ...ok })
    expect([last.status, last.data.message]).toEqual([400, expect.stringMatching(/last variant/)])
    const extra = await api.post(`/creator/products/${product.id}/publish`, { now: true }, { ...shopA.headers, ...ok })
    expect([extra.status, extra.data.message]).toEqual([400, 'Unrecognized key: "now".'])
  })

  it("names the field of a wrong value inside an array, and refuses empty uploads and misnamed fields", async () => {
    const currency = await api.post(
      "/creator/products",
      { kind: "physical", title: "Bowl", variants: [{ title: "One", prices: [{ currency_code: "xyz", amount: 5 }] }] },
      { ...shopA.headers, ...ok },
    )
    expect([currency.status, currency.data.message]).toEqual([
      400,
      expect.stringMatching(/^variants\.0\.prices\.0\.currency_code: Invalid option/),
    ])

    const pack = (
      await api.post(
        "/creator/products",
        { kind: "digital", title: "Font pack", variants: [{ title: "Personal", prices: azn }] },
        shopA.headers,
      )
    ).data.product
    const empty = await api.post(`/creator/products/${pack.id}/files`, multipart([{ name: "empty.zip", content: Buffer.alloc(0) }]), {
      ...shopA.headers,
      ...ok,
    })
    expect([empty.status, empty.data.message]).toEqual([400, "Upload refused: empty.zip is empty (0 bytes)."])
    const form = new FormData()
    form.append("attachment", new Blob([Buffer.from("PK\u0003\u0004data")]), "pack.zip")
    const misnamed = await api.post(`/creator/products/${pack.id}/files`, form, { ...shopA.headers, ...ok })
    expect([misnamed.status, misnamed.data.message]).toEqual([400, 'Upload refused: files go in the "files" field, not "attachment".'])
  })

  it("registers creators only with an e-mail address and a password the policy accepts", async () => {
    const notEmail = await api.post("/auth/creator/emailpass/register", { email: "nobody", password: "long-enough-words" }, ok)
    expect([notEmail.status, notEmail.data.message]).toEqual([400, expect.stringMatching(/email must be an e-mail address/)])
    const short = await api.post("/auth/creator/emailpass/register", { email: "short@example.az", password: "x" }, ok)
    expect([short.status, short.data.message]).toEqual([400, expect.stringMatching(/^password must be 10 to 128 characters long/)])
    const token = await registerCreator(api, "later@example.az")
    const me = await api.get("/creator/me", { ...bearer(token), ...ok })
    expect([me.status, me.data.message]).toEqual([
      401,
      expect.stringMatching(/finish signing up \(POST \/creator\/signup\), or, if you have, sign in again/),
    ])
  })
})
