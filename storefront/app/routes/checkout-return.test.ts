// @vitest-environment node
import { afterAll, describe, expect, it } from "vitest"
import { shopRequestContext, startBackendStub } from "~/test/backend-stub"

const backend = await startBackendStub()
const { loader } = await import("./checkout-return")
afterAll(() => backend.close())

const cart = {
  id: "cart_1",
  payment_collection: {
    id: "pay_col_1",
    payment_sessions: [
      { id: "payses_1", provider_id: "pp_stripe_stripe", amount: 48, data: { id: "pi_cart1", client_secret: "pi_cart1_secret_x" } },
    ],
  },
}

/** Runs the return route's loader as Stripe's redirect would; a thrown redirect becomes its Response. */
async function returnFromStripe(
  query: string,
  complete: { status?: number; body: unknown } = { body: { type: "order", order: { id: "order_1", display_id: 7 } } },
) {
  backend.answer(({ method, path }) => {
    if (method === "GET" && path === "/store/carts/cart_1") return { body: { cart } }
    if (method === "POST" && path === "/store/carts/cart_1/complete") return complete
    return undefined
  })
  const { shop, context } = await shopRequestContext("en", { cart_id: "cart_1" })
  const request = new Request(`http://shop.test/en/checkout/return?${query}`)
  let result: unknown
  try {
    result = await loader({ request, context, params: { locale: "en" } } as never)
  } catch (thrown) {
    result = thrown
  }
  const completions = backend.calls.filter((call) => call.path.endsWith("/complete")).length
  return { result, shop, completions }
}

describe("the Stripe return route", () => {
  it("a succeeded payment of this cart's intent completes the cart once and opens the confirmation", async () => {
    const { result, shop, completions } = await returnFromStripe(
      "payment_intent=pi_cart1&payment_intent_client_secret=s&redirect_status=succeeded",
    )
    expect(completions).toBe(1)
    expect(result).toBeInstanceOf(Response)
    expect((result as Response).headers.get("Location")).toBe("/en/orders/order_1")
    expect(shop.session.get("cart_id")).toBeUndefined()
    expect(shop.session.get("orders")).toEqual(["order_1"])
  })

  it("a split order opens the order group's confirmation", async () => {
    const { result } = await returnFromStripe("payment_intent=pi_cart1&redirect_status=succeeded", {
      body: { type: "order", order: { id: "order_1", display_id: 7 }, order_group: { id: "ogrp_1", display_id: 3 } },
    })
    expect((result as Response).headers.get("Location")).toBe("/en/orders/ogrp_1?group=1")
  })

  it("a failed or unfinished payment completes nothing, keeps the cart and says it was declined", async () => {
    for (const status of ["failed", "requires_payment_method", "canceled"]) {
      const { result, shop, completions } = await returnFromStripe(`payment_intent=pi_cart1&redirect_status=${status}`)
      expect(completions).toBe(0)
      expect(result).toMatchObject({ problem: "declined" })
      expect(shop.session.get("cart_id")).toBe("cart_1")
    }
  })

  it("a payment still processing keeps the cart and completes nothing (Stripe's webhook finishes it)", async () => {
    const { result, completions, shop } = await returnFromStripe("payment_intent=pi_cart1&redirect_status=processing")
    expect([completions, (result as { problem: string }).problem, shop.session.get("cart_id")]).toEqual([0, "processing", "cart_1"])
  })

  it("another cart's intent or a garbled query completes nothing", async () => {
    for (const query of ["payment_intent=pi_someone_else&redirect_status=succeeded", "payment_intent=../x&redirect_status=succeeded", ""]) {
      const { result, completions, shop } = await returnFromStripe(query)
      expect(completions).toBe(0)
      expect(result).toMatchObject({ problem: "unknown" })
      expect(shop.session.get("cart_id")).toBe("cart_1")
    }
  })

  it("when the backend refuses to complete (authorisation failed) the reason is shown and the cart kept", async () => {
    const { result, shop, completions } = await returnFromStripe("payment_intent=pi_cart1&redirect_status=succeeded", {
      body: { type: "cart", cart, error: { message: "Payment authorization failed", name: "unknown_error" } },
    })
    expect(completions).toBe(1)
    expect(result).toMatchObject({ problem: "failed", reason: "Payment authorization failed" })
    expect(shop.session.get("cart_id")).toBe("cart_1")
  })

  it("a cart the backend no longer knows sends the buyer to the cart page and forgets it", async () => {
    backend.answer(() => undefined)
    const { shop, context } = await shopRequestContext("ru", { cart_id: "cart_gone" })
    const request = new Request("http://shop.test/ru/checkout/return?payment_intent=pi_cart1&redirect_status=succeeded")
    const result = await loader({ request, context, params: { locale: "ru" } } as never).catch((thrown: unknown) => thrown)
    expect((result as Response).headers.get("Location")).toBe("/ru/cart")
    expect(shop.session.get("cart_id")).toBeUndefined()
    expect(backend.calls.map((c) => c.path)).toEqual(["/store/carts/cart_gone"])
  })
})
