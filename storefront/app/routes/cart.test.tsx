import { createRoutesStub } from "react-router"
import { describe, expect, it } from "vitest"
import type { Cart, LineItem } from "~/lib/types"
import { byText, mount } from "~/test/dom"
import CartPage from "./cart"

describe("the cart page", () => {
  it("the cart offers a quantity for goods but not for a download, which is one licence", async () => {
    const line = (id: string, kind: "physical" | "digital") =>
      ({ id, title: id, quantity: 1, total: 20, product_handle: id, product: { id, listing: { kind } } }) as unknown as LineItem
    const cart = {
      id: "cart_1",
      currency_code: "azn",
      total: 40,
      subtotal: 40,
      items: [line("carpet", "physical"), line("font-pack", "digital")],
    }
    const Stub = createRoutesStub([
      {
        path: "/:locale/cart",
        Component: CartPage as never,
        loader: () => ({
          cart: cart as unknown as Cart,
          groups: [{ creator: null, items: cart.items }],
          currencyKept: null,
          title: "Cart",
        }),
      },
    ])
    const container = await mount(<Stub initialEntries={["/en/cart"]} />, "li")
    const rows = [...container.querySelectorAll("li")]
    expect(rows.map((row) => [row.querySelector("a")?.textContent, Boolean(row.querySelector('input[name="quantity"]'))])).toEqual([
      ["carpet", true],
      ["font-pack", false],
    ])
    expect(byText(rows[1], "button", "Remove")).toBeDefined()
  })
})
