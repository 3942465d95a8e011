import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { cartWith, checkoutGroup } from "../utils/checkout"
import { ok, waitFor } from "../utils/http"
import { medusaSuite } from "../utils/medusa-suite"
import { inFiveDays, openThreeShops, threeShopCart, threeShopPurchase, type ThreeShops } from "../utils/three-shops"

medusaSuite("split_checkout", ({ api, getContainer }) => {
  let fx = {} as ThreeShops
  beforeAll(async () => {
    fx = await openThreeShops(api, getContainer())
  })

  it("a cart with a physical, a digital and a service item of three creators completes into one group of three orders", async () => {
    const { store, admin } = fx
    const cart = await threeShopCart(api, fx)
    const { order, order_group } = await checkoutGroup(api, store, cart.id)
    expect(order_group).toEqual({ id: expect.stringMatching(/^ogrp_/), display_id: expect.any(Number), receipt: expect.any(String) })
    expect(order.items.map((item: any) => item.product_title)).toEqual(["Guba carpet"])

    const { data } = await api.get(`/store/order-groups/${order_group.id}`, store)
    const group = data.order_group
    expect(group).toMatchObject({
      id: order_group.id,
      email: "buyer@example.az",
      currency_code: "azn",
      total: 190,
      subtotal: 180,
      shipping_total: 10,
    })
    expect(group.tax_total).toBe(0)
    expect(group.status).toBe("placed")
    const byShop = Object.fromEntries(group.orders.map((o: any) => [o.creator.handle, o]))
    expect(Object.keys(byShop).sort()).toEqual(["guba-carpets", "mugham-sounds", "tar-lessons"])
    expect(byShop["guba-carpets"]).toMatchObject({ total: 110, payment_status: "authorized", fulfillment_status: "not_fulfilled" })
    expect(byShop["guba-carpets"].shipping_methods.map((m: any) => m.amount)).toEqual([10])
    expect(byShop["mugham-sounds"]).toMatchObject({ total: 30, shipping_methods: [] })
    expect(byShop["tar-lessons"].total).toBe(50)
    expect(byShop["tar-lessons"].items[0].metadata.requested_date).toBe(inFiveDays())
    expect(group.orders.reduce((sum: number, o: any) => sum + o.total, 0)).toBe(group.total)
    expect(byShop["guba-carpets"].id).toBe(order.id)

    // Medusa's own order API (the Admin's order page) tells each creator's order as paid as the purchase, for its share
    for (const child of group.orders) {
      const { data: medusa } = await api.get(`/admin/orders/${child.id}?fields=id,total,payment_status,*payment_collections`, admin)
      expect(medusa.order.payment_status).toBe("authorized")
      expect(medusa.order.payment_collections.map((c: any) => [c.amount, c.authorized_amount, c.captured_amount])).toEqual([
        [child.total, child.total, 0],
      ])
    }

    // the carpet's stock is held for the carpet shop's order line; the digital order got its downloads
    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const { data: reservations } = await query.graph({
      entity: "reservation",
      fields: ["line_item_id", "quantity"],
      filters: { line_item_id: byShop["guba-carpets"].items[0].id },
    })
    expect(reservations).toEqual([{ line_item_id: byShop["guba-carpets"].items[0].id, quantity: 1 }])
    const grants = await waitFor(async () => {
      const found = await getContainer().resolve("listing").listDownloadGrants({ order_id: byShop["mugham-sounds"].id })
      return found.length ? found : undefined
    })
    expect(grants).toHaveLength(1)
  })

  it("each creator sees only their own order and ships it, confirms a service or sees the downloads", async () => {
    const { store, carpets, sounds, lessons } = fx
    const { group, orderOf } = await threeShopPurchase(api, fx)
    const mine = await api.get("/creator/orders", carpets.headers)
    expect(mine.data).toMatchObject({ count: 1, limit: 20, offset: 0 })
    expect(mine.data.orders.map((o: any) => o.id)).toEqual([orderOf["guba-carpets"]])
    expect(mine.data.orders[0]).toMatchObject({
      order_group: { id: group.id },
      payment_status: "authorized",
      fulfillment_status: "not_fulfilled",
    })
    expect((await api.get("/creator/orders?status=canceled", carpets.headers)).data.count).toBe(0)
    expect((await api.get(`/creator/orders/${orderOf["mugham-sounds"]}`, { ...carpets.headers, ...ok })).status).toBe(404)

    const shipped = await api.post(
      `/creator/orders/${orderOf["guba-carpets"]}/fulfillments`,
      { carrier: "Azərpoçt", tracking_number: "AZ123456789" },
      carpets.headers,
    )
    expect(shipped.data.order).toMatchObject({ fulfillment_status: "shipped" })
    expect(shipped.data.order.fulfillments[0]).toMatchObject({ carrier: "Azərpoçt", tracking_numbers: ["AZ123456789"] })
    const again = await api.post(
      `/creator/orders/${orderOf["guba-carpets"]}/fulfillments`,
      { carrier: "x", tracking_number: "y" },
      { ...carpets.headers, ...ok },
    )
    expect([again.status, again.data.message]).toEqual([400, "Nothing left to ship in this order."])

    const date = inFiveDays()
    const confirmed = await api.post(
      `/creator/orders/${orderOf["tar-lessons"]}/service-confirmations`,
      { service_date: date, note: "Online, link by e-mail" },
      lessons.headers,
    )
    expect(confirmed.data.order.service_confirmations).toMatchObject([{ service_date: date, note: "Online, link by e-mail" }])
    const twice = await api.post(
      `/creator/orders/${orderOf["tar-lessons"]}/service-confirmations`,
      { service_date: date },
      { ...lessons.headers, ...ok },
    )
    expect(twice.status).toBe(400)

    const digital = await waitFor(async () => {
      const { data } = await api.get(`/creator/orders/${orderOf["mugham-sounds"]}`, sounds.headers)
      return data.order.downloads.length ? data.order : undefined
    })
    expect(digital.downloads[0]).toMatchObject({ max_downloads: expect.any(Number), downloads_used: 0 })

    // the buyer sees the parcel with its carrier and tracking number, and the date the service takes place
    const { data } = await api.get(`/store/order-groups/${group.id}`, store)
    const part = (id: string) => data.order_group.orders.find((o: any) => o.id === id)
    expect(part(orderOf["guba-carpets"]).fulfillment_status).toBe("shipped")
    expect(part(orderOf["guba-carpets"]).fulfillments).toMatchObject([
      { carrier: "Azərpoçt", tracking_numbers: ["AZ123456789"], shipped_at: expect.any(String) },
    ])
    expect(part(orderOf["tar-lessons"]).service_confirmations).toEqual([
      { line_item_id: expect.any(String), service_date: date, note: "Online, link by e-mail" },
    ])
    expect(part(orderOf["mugham-sounds"])).toMatchObject({ fulfillments: [], service_confirmations: [] })
  })

  it("stores a commission line per order line with the most specific rule, and the creators' earnings on hold", async () => {
    const { admin, carpets, sounds, lessons } = fx
    const rule = (body: Record<string, unknown>) => api.post("/admin/commission-rules", body, admin)
    await rule({ scope: "global", type: "percentage", percentage: 10 })
    await rule({ scope: "programme", reference: "music", type: "percentage", percentage: 15 })
    const lessonsRule = (await rule({ scope: "creator", reference: lessons.creator.id, type: "percentage", percentage: 20 })).data
      .commission_rule
    await rule({ scope: "creator", reference: carpets.creator.id, type: "fixed", amount: 5, currency_code: "azn" })
    const vague = await api.post("/admin/commission-rules", { scope: "creator", type: "percentage", percentage: 5 }, { ...admin, ...ok })
    expect([vague.status, vague.data.message]).toEqual([400, expect.stringMatching(/name the creator this rule is for/)])
    // an edit is checked as the whole rule it makes: a fixed rule with no amount would take nothing
    const amountless = await api.post(`/admin/commission-rules/${lessonsRule.id}`, { type: "fixed" }, { ...admin, ...ok })
    expect([amountless.status, amountless.data.message]).toEqual([400, expect.stringMatching(/a fixed rule needs an amount/)])

    const { orderOf } = await threeShopPurchase(api, fx)
    await api.post(`/admin/commission-rules/${lessonsRule.id}`, { percentage: 50 }, admin) // later changes never rewrite history
    const lines = await getContainer()
      .resolve("marketplace_order")
      .listCommissionLines({ order_id: Object.values(orderOf) })
    const byOrder = Object.fromEntries(lines.map((l: any) => [l.order_id, [Number(l.base_amount), Number(l.amount), l.rule.scope]]))
    expect(byOrder).toEqual({
      [orderOf["guba-carpets"]]: [100, 5, "creator"],
      [orderOf["mugham-sounds"]]: [30, 4.5, "programme"],
      [orderOf["tar-lessons"]]: [50, 10, "creator"],
    })

    // the carpet shop's own delivery (10) is its earning too, without commission (docs/decisions/040)
    const { data } = await api.get("/creator/balance", carpets.headers)
    expect(data.balances).toEqual([{ currency_code: "azn", earned: 105, held: 105, available: 0, paid: 0, reversed: 0 }])
    expect(data.ledger.map((e: any) => [e.type, e.kind, e.amount, e.order_id]).sort()).toEqual([
      ["earned", "delivery", 10, orderOf["guba-carpets"]],
      ["earned", "line", 95, orderOf["guba-carpets"]],
    ])
    expect((await api.get("/creator/balance", sounds.headers)).data.balances[0].earned).toBe(25.5)
  })

  it("a signed-in customer lists their purchases", async () => {
    const { store, regionId, variant } = fx
    const email = "customer@example.az"
    const { data: registration } = await api.post("/auth/customer/emailpass/register", { email, password: "silk-road-kelagayi-2026" })
    await api.post("/store/customers", { email }, { headers: { ...store.headers, authorization: `Bearer ${registration.token}` } })
    const { data: login } = await api.post("/auth/customer/emailpass", { email, password: "silk-road-kelagayi-2026" })
    const customer = { headers: { ...store.headers, authorization: `Bearer ${login.token}` } }
    const { data } = await api.post("/store/carts", { region_id: regionId }, customer)
    await api.post(`/store/carts/${data.cart.id}/line-items`, { variant_id: variant("pack"), quantity: 1 }, customer)
    const { order_group } = await checkoutGroup(api, customer, data.cart.id)
    await checkoutGroup(api, store, (await cartWith(api, store, regionId, [{ variant_id: variant("pack") }])).id) // a guest's, not theirs

    const mine = await api.get("/store/customers/me/order-groups", customer)
    expect(mine.data).toMatchObject({ count: 1, limit: 20, offset: 0 })
    expect(mine.data.order_groups.map((g: any) => [g.id, g.email, g.orders.length])).toEqual([[order_group.id, email, 1]])
    expect((await api.get("/store/customers/me/order-groups", { ...store, ...ok })).status).toBe(401)

    // the account's purchase answers to its customer, and to whoever holds its receipt; not to another
    // customer, nor to its bare id (a guest's purchase still answers to its id: the test above)
    expect((await api.get(`/store/order-groups/${order_group.id}`, customer)).data.order_group.id).toBe(order_group.id)
    const other = "someone-else@example.az"
    const { data: otherRegistration } = await api.post("/auth/customer/emailpass/register", {
      email: other,
      password: "silk-road-kelagayi-2026",
    })
    await api.post(
      "/store/customers",
      { email: other },
      { headers: { ...store.headers, authorization: `Bearer ${otherRegistration.token}` } },
    )
    const { data: otherLogin } = await api.post("/auth/customer/emailpass", { email: other, password: "silk-road-kelagayi-2026" })
    const stranger = { headers: { ...store.headers, authorization: `Bearer ${otherLogin.token}` }, ...ok }
    expect((await api.get(`/store/order-groups/${order_group.id}`, stranger)).status).toBe(404)
    expect((await api.get(`/store/order-groups/${order_group.id}`, { ...store, ...ok })).status).toBe(404)
    expect((await api.get(`/store/order-groups/${order_group.id}?receipt=forged`, { ...store, ...ok })).status).toBe(404)
    const withReceipt = await api.get(`/store/order-groups/${order_group.id}?receipt=${order_group.receipt}`, store)
    expect(withReceipt.data.order_group.email).toBe(email)
  })

  it("an unknown order group answers 404", async () => {
    const { store } = fx
    const response = await api.get("/store/order-groups/ogrp_unknown", { ...store, ...ok })
    expect(response.status).toBe(404)
  })
})
