// @vitest-environment node
import { afterAll, describe, expect, it } from "vitest"
import { shopRequestContext, startBackendStub } from "~/test/backend-stub"

const backend = await startBackendStub()
const { currentCart } = await import("./cart.server")
afterAll(() => backend.close())

describe("the open cart", () => {
  it("follows a language switch: lines and deliveries come back in the new language", async () => {
    backend.answer(({ method, path, body }) => {
      if (path !== "/store/carts/cart_1") return undefined
      const locale = method === "POST" ? (body as { locale: string }).locale : "ru"
      return { body: { cart: { id: "cart_1", locale, items: [] } } }
    })
    const { shop } = await shopRequestContext("en", { cart_id: "cart_1" })
    expect((await currentCart(shop))?.locale).toBe("en")
    expect(backend.calls.map((c) => [c.method, c.body])).toEqual([
      ["GET", null],
      ["POST", { locale: "en" }],
    ])
  })

  it("is read once when it is already in the visitor's language", async () => {
    backend.answer(({ path }) =>
      path === "/store/carts/cart_1" ? { body: { cart: { id: "cart_1", locale: "az", items: [] } } } : undefined,
    )
    const { shop } = await shopRequestContext("az", { cart_id: "cart_1" })
    expect((await currentCart(shop))?.locale).toBe("az")
    expect(backend.calls).toHaveLength(1)
  })

  it("stays in its old language when Medusa cannot refresh it (a line no longer for sale), instead of failing the page", async () => {
    backend.answer(({ method, path }) => {
      if (path !== "/store/carts/cart_1") return undefined
      if (method === "POST")
        return {
          status: 400,
          body: { type: "invalid_data", message: "Variants variant_1 do not exist or belong to a product that is not published" },
        }
      return { body: { cart: { id: "cart_1", locale: "ru", items: [] } } }
    })
    const { shop } = await shopRequestContext("en", { cart_id: "cart_1" })
    expect((await currentCart(shop))?.locale).toBe("ru")
  })

  it("marks a line whose product is no longer sold (withdrawn, or its shop suspended) as unavailable", async () => {
    backend.answer(({ path }) => {
      if (path === "/store/carts/cart_1")
        return {
          body: {
            cart: {
              id: "cart_1",
              locale: "en",
              items: [
                { id: "cali_1", product_id: "prod_kept" },
                { id: "cali_2", product_id: "prod_gone" },
              ],
            },
          },
        }
      if (path === "/store/listings") return { body: { listings: [] } }
      if (path === "/store/products") return { body: { products: [{ id: "prod_kept" }] } }
      return undefined
    })
    const { shop } = await shopRequestContext("en", { cart_id: "cart_1" })
    const cart = await currentCart(shop)
    expect(cart?.items?.map((item) => [item.id, item.unavailable])).toEqual([
      ["cali_1", false],
      ["cali_2", true],
    ])
  })
})
