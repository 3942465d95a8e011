import { describe, expect, it } from "vitest"
import { commissionInput, deliveryEarningInput, netOfTax, orderAmounts } from "./order-data"
import { planSplit, type CartLine } from "./split-plan"

const creator = (id: string) => ({ id, handle: id, name: `Shop ${id}`, status: "approved" })
const line = (id: string, creatorId: string, total: number, requires_shipping = true): CartLine => ({
  id,
  quantity: 1,
  total,
  variant_id: `variant-${id}`,
  requires_shipping,
  product: { title: id, status: "published", creator: creator(creatorId) },
})
const marketplaceDelivery = { id: "sm", name: "Courier", amount: 10, total: 11.8, shipping_option: { creator: null } }

describe("orderAmounts", () => {
  it("each creator's order costs its lines, and the marketplace's delivery is charged once: its free copies add nothing", () => {
    const plan = planSplit({
      items: [line("carpet", "a", 100), line("bowl", "b", 20), line("pack", "c", 30, false)],
      shipping_methods: [marketplaceDelivery],
    })
    const orders = plan.map((group, i) => ({ id: `order_${i}`, metadata: { creator_id: group.creator_id } }))
    expect(orderAmounts(plan, orders)).toEqual([
      { order_id: "order_0", amount: 111.8 },
      { order_id: "order_1", amount: 20 },
      { order_id: "order_2", amount: 30 },
    ])
  })
})

describe("what commission and earnings are computed on (docs/decisions/040)", () => {
  const ownDelivery = (creatorId: string, total: number, tax_total = 0) => ({
    id: `sm_${creatorId}`,
    name: "Courier",
    amount: total,
    total,
    tax_total,
    shipping_option: { creator: { id: creatorId } },
  })
  const orders = (plan: ReturnType<typeof planSplit>) =>
    plan.map((group, i) => ({ id: `order_${i}`, metadata: { creator_id: group.creator_id } }))

  it("is what the buyer paid net of tax, in tax-inclusive and tax-exclusive regions alike", () => {
    expect(netOfTax({ total: 118, tax_total: 18 })).toBe(100) // 18% included in a price of 118
    expect(netOfTax({ total: 23.6, tax_total: 3.6 })).toBe(20) // 18% added on 20
    expect(netOfTax({ total: 10 })).toBe(10)
  })

  it("a creator's own delivery fee is theirs, net of tax; the marketplace's delivery and its free copies earn no creator anything", () => {
    const cart = { currency_code: "azn" }
    const own = planSplit({
      items: [line("carpet", "a", 100), line("bowl", "b", 20), line("pack", "c", 30, false)],
      shipping_methods: [ownDelivery("a", 11.8, 1.8), ownDelivery("b", 0)],
    })
    expect(deliveryEarningInput(cart, own, orders(own))).toEqual([
      { order_id: "order_0", creator_id: "a", currency_code: "azn", amount: 10 },
    ])
    const marketplace = planSplit({ items: [line("carpet", "a", 100), line("bowl", "b", 20)], shipping_methods: [marketplaceDelivery] })
    expect(deliveryEarningInput(cart, marketplace, orders(marketplace))).toEqual([])
  })

  it("a line's commission base is its total less its tax (after discounts)", () => {
    const plan = planSplit({ items: [{ ...line("carpet", "a", 118), tax_total: 18 }], shipping_methods: [ownDelivery("a", 10)] })
    const created = [{ id: "order_0", metadata: { creator_id: "a" }, items: [{ id: "ordli_0", variant_id: "variant-carpet" }] }]
    expect(commissionInput({ currency_code: "azn" }, plan, created)).toMatchObject([{ line_item_id: "ordli_0", base: 100, quantity: 1 }])
  })
})
