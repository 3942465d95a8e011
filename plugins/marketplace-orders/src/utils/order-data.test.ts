import { describe, expect, it } from "vitest"
import { orderAmounts } from "./order-data"
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
