import { createRoutesStub } from "react-router"
import { describe, expect, it } from "vitest"
import type { Cart, LineItem } from "~/lib/types"
import { mount } from "~/test/studio-stub"
import { CartTotals } from "./cart-totals"

const line = (id: string, requires_shipping: boolean) => ({ id, title: id, quantity: 1, total: 20, requires_shipping }) as LineItem
const totals = { subtotal: 40, original_item_total: 40, shipping_total: 0, discount_total: 0, tax_total: 6.1, total: 40 }

/** The totals' rows, as the buyer reads them on the cart and checkout pages. */
async function mountTotals(cart: Partial<Cart>) {
  const whole = { id: "cart_1", currency_code: "azn", region_id: "reg_azn", ...totals, ...cart } as Cart
  const Stub = createRoutesStub([{ path: "/:locale/cart", Component: () => <CartTotals cart={whole} /> }])
  const page = await mount(<Stub initialEntries={["/en/cart"]} />, "dl")
  return [...page.querySelectorAll("dl > div")].map((row) => [row.querySelector("dt")?.textContent, row.querySelector("dd")?.textContent])
}

const rowsOf = async (cart: Partial<Cart>) => (await mountTotals(cart)).map(([label]) => label)
const shippingOf = async (cart: Partial<Cart>) => Object.fromEntries(await mountTotals(cart)).Shipping

describe("the cart's totals", () => {
  it("a cart of a download and a lesson has no shipping row", async () => {
    expect(await rowsOf({ items: [line("font", false), line("lesson", false)] })).toEqual(["Subtotal", "Total", "Tax (included)"])
  })

  it("a cart with something to ship lists shipping, also before a delivery is chosen", async () => {
    expect(await rowsOf({ items: [line("font", false), line("carpet", true)] })).toEqual([
      "Subtotal",
      "Shipping",
      "Total",
      "Tax (included)",
    ])
  })

  it("says a delivery is chosen at checkout until one is, rather than showing it free", async () => {
    const items = [line("carpet", true)]
    expect(await shippingOf({ items })).toBe("Chosen at checkout")
    const chosen = [{ id: "sm_1", shipping_option_id: "so_1", name: "Courier", amount: 0 }]
    expect(await shippingOf({ items, shipping_methods: chosen })).toMatch(/0[.,]00/)
    expect(await shippingOf({ items, shipping_methods: chosen, shipping_total: 12 })).toMatch(/12[.,]00/)
  })
})
