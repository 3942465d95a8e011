import { createRoutesStub } from "react-router"
import { describe, expect, it } from "vitest"
import { mount } from "~/test/dom"
import Confirmation from "./confirmation"

describe("the purchase page", () => {
  it("a purchase shows which creator's order was cancelled, a line's refunded units and what came back", async () => {
    const line = (id: string, title: string, total: number, quantity = 1) => ({ id, title, quantity, total, unit_price: total / quantity })
    const order = (id: string, status: string, name: string, items: ReturnType<typeof line>[], extra = {}) => ({
      id,
      display_id: 1,
      email: "buyer@example.az",
      currency_code: "azn",
      status,
      created_at: "2026-12-07T07:00:00Z",
      total: items.reduce((sum, i) => sum + i.total, 0),
      items,
      creator: { id: `cr_${id}`, handle: name.toLowerCase(), name },
      ...extra,
    })
    const group = {
      id: "og_1",
      display_id: 7,
      email: "buyer@example.az",
      currency_code: "azn",
      status: "placed",
      created_at: "2026-12-07T07:00:00Z",
      total: 110,
      refunded_total: 70,
      orders: [
        order("o1", "canceled", "Carpets", [line("l1", "Copper bowl", 40, 2)], {
          refunded_total: 40,
          refunded_lines: { l1: { quantity: 2, amount: 40 } },
        }),
        order("o2", "pending", "Sounds", [line("l2", "Sample pack", 30), line("l3", "Kamancha one-shots", 40)], {
          refunded_total: 30,
          refunded_lines: { l2: { quantity: 1, amount: 30 } },
        }),
      ],
    }
    const loaderData = { title: "", bookings: [], group, downloads: [], signedIn: false, hasDigital: false, hasService: false }
    const Stub = createRoutesStub([{ path: "/:locale/orders/:id", Component: Confirmation as never, loader: () => loaderData }])
    const container = await mount(<Stub initialEntries={["/en/orders/og_1?group=1"]} />, '[data-testid="order-number"]')
    const [carpets, sounds] = [...container.querySelectorAll(".card")].map((part) => part.textContent ?? "")
    expect(carpets).toContain("Cancelled")
    expect(carpets).toContain("(2 refunded)")
    expect(sounds).not.toContain("Cancelled")
    expect(sounds).toContain("(1 refunded)")
    const refunded = [...container.querySelectorAll('[data-testid="order-refunded"]')].map((p) => p.textContent)
    expect(refunded).toEqual([expect.stringMatching(/^Refunded .*40/), expect.stringMatching(/^Refunded .*30/)])
    expect(container.querySelector('[data-testid="refunded-total"]')?.textContent).toMatch(/^Refunded to you.*70/)
  })
})
