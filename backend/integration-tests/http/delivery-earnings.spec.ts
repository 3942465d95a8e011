import { Modules } from "@medusajs/framework/utils"
import { createTaxRegionsWorkflow, updateRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { medusaSuite } from "../utils/medusa-suite"
import { openThreeShops, threeShopPurchase, type ThreeShops } from "../utils/three-shops"

// A creator's own delivery fee in the money split (docs/decisions/040), apart from the split itself (split-checkout.spec.ts).
medusaSuite("delivery_earnings", ({ api, getContainer }) => {
  let fx = {} as ThreeShops
  beforeAll(async () => {
    fx = await openThreeShops(api, getContainer())
  })

  it("a creator's own delivery fee is their earning, without commission and held like their lines; cancelling their order before shipping gives it back and reverses it", async () => {
    const { store, admin, carpets, sounds, lessons } = fx
    await api.post("/admin/commission-rules", { scope: "global", type: "percentage", percentage: 10 }, admin)
    const { group, orderOf } = await threeShopPurchase(api, fx)
    const carpetsOrder = orderOf["guba-carpets"]
    const marketplace = getContainer().resolve("marketplace_order")

    // commission stays on the lines only: no commission line for the delivery
    const commissions = await marketplace.listCommissionLines({ order_id: Object.values(orderOf) })
    expect(commissions.map((c: any) => [c.order_id, Number(c.base_amount), Number(c.amount)]).sort()).toEqual(
      [
        [carpetsOrder, 100, 10],
        [orderOf["mugham-sounds"], 30, 3],
        [orderOf["tar-lessons"], 50, 5],
      ].sort(),
    )
    const entries = await marketplace.listLedgerEntries({ order_id: carpetsOrder })
    expect(entries.map((e: any) => [e.line_item_id === null, Number(e.amount)]).sort()).toEqual([
      [false, 90],
      [true, 10],
    ])
    expect(new Set(entries.map((e: any) => new Date(e.available_at).toISOString().slice(0, 13))).size).toBe(1) // held alike
    const balance = async (shop: typeof carpets) => (await api.get("/creator/balance", shop.headers)).data.balances[0]
    expect(await balance(carpets)).toEqual({ currency_code: "azn", earned: 100, held: 100, available: 0, paid: 0, reversed: 0 })

    // what the buyer paid (no tax in this region) is the commission plus every creator's earnings
    const { data: shown } = await api.get(`/store/order-groups/${group.id}`, store)
    expect(shown.order_group.orders.reduce((n: number, o: any) => n + o.total, 0)).toBe(shown.order_group.total)
    const earnedAll = (await marketplace.listLedgerEntries({ order_id: Object.values(orderOf) })).reduce(
      (n: number, e: any) => n + Number(e.amount),
      0,
    )
    const commission = commissions.reduce((n: number, c: any) => n + Number(c.amount), 0)
    expect([earnedAll + commission, shown.order_group.total - shown.order_group.tax_total]).toEqual([190, 190])

    // the shop and the operator see the fee and the shop's net on the order
    const earnings = { items: 100, commission: 10, commission_reversed: 0, delivery: 10, earned: 100, reversed: 0, net: 100 }
    const mine = (await api.get(`/creator/orders/${carpetsOrder}`, carpets.headers)).data.order
    expect([mine.shipping_total, mine.earnings]).toEqual([10, earnings])
    expect((await api.get(`/admin/marketplace/orders/${carpetsOrder}`, admin)).data.marketplace_order.earnings).toEqual(earnings)

    const { data } = await api.post(`/admin/marketplace/orders/${carpetsOrder}/cancel`, {}, admin)
    expect(data.cancellation).toMatchObject({ amount: 110, method: "released" })
    expect(await balance(carpets)).toMatchObject({ earned: 100, held: 0, available: 0, reversed: 100 })
    const reversed = await marketplace.listLedgerEntries({ order_id: carpetsOrder, type: "reversed" })
    expect(reversed.map((e: any) => [e.line_item_id === null, Number(e.amount), !!e.refund_id]).sort()).toEqual([
      [false, 90, true],
      [true, 10, true],
    ])
    expect((await api.get(`/creator/orders/${carpetsOrder}`, carpets.headers)).data.order.earnings).toMatchObject({
      delivery: 10,
      commission_reversed: 10,
      reversed: 100,
      net: 0,
    })
    // the other shops keep theirs
    expect([(await balance(sounds)).earned, (await balance(lessons)).earned]).toEqual([27, 45])
  })

  it("in a tax-inclusive region the tax is nobody's earning: the lines and the shop's own delivery are split net of tax", async () => {
    const { admin, carpets, regionId } = fx
    const container = getContainer()
    await createTaxRegionsWorkflow(container).run({
      input: [{ country_code: "az", provider_id: "tp_system", default_tax_rate: { rate: 18, code: "AZ-EDV", name: "ƏDV" } }],
    })
    await updateRegionsWorkflow(container).run({ input: { selector: { id: regionId }, update: { is_tax_inclusive: true } } })
    // the store's currency prices (products' and deliveries') hold the tax too, as in the demo (docs/decisions/038)
    const pricing = container.resolve(Modules.PRICING)
    const [azn] = await pricing.listPricePreferences({ attribute: "currency_code", value: "azn" })
    if (azn) await pricing.updatePricePreferences(azn.id, { is_tax_inclusive: true })
    else await pricing.createPricePreferences({ attribute: "currency_code", value: "azn", is_tax_inclusive: true })
    await api.post("/admin/commission-rules", { scope: "global", type: "percentage", percentage: 10 }, admin)
    const { group, orderOf } = await threeShopPurchase(api, fx)
    const carpetsOrder = orderOf["guba-carpets"]
    const { data } = await api.get(
      `/admin/orders/${carpetsOrder}?fields=id,total,tax_total,items.total,items.tax_total,shipping_methods.total,shipping_methods.tax_total`,
      admin,
    )
    const [item] = data.order.items
    const [delivery] = data.order.shipping_methods
    // the prices hold the tax: the buyer pays 100 and 10, of which 18% is ƏDV
    expect([item.total, delivery.total, group.total]).toEqual([100, 10, 180 + 10])
    expect(item.tax_total).toBeGreaterThan(15)

    const marketplace = container.resolve("marketplace_order")
    const [commission] = await marketplace.listCommissionLines({ order_id: carpetsOrder })
    const entries = await marketplace.listLedgerEntries({ order_id: carpetsOrder })
    const earnedOn = (line: boolean) => Number(entries.find((e: any) => (e.line_item_id !== null) === line).amount)
    const net = (row: any) => Math.round((row.total - row.tax_total) * 100) / 100
    expect(Number(commission.base_amount)).toBe(net(item))
    expect(earnedOn(true) + Number(commission.amount)).toBeCloseTo(net(item), 2)
    expect(earnedOn(false)).toBe(net(delivery))
    // what the buyer paid less the tax is exactly the commission and the shop's earnings
    const { data: mine } = await api.get(`/creator/orders/${carpetsOrder}`, carpets.headers)
    expect(mine.order.earnings.earned + mine.order.earnings.commission).toBeCloseTo(data.order.total - data.order.tax_total, 2)
  })
})
