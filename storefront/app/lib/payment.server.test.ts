// @vitest-environment node
import { afterAll, describe, expect, it } from "vitest"
import { shopRequestContext, startBackendStub } from "~/test/backend-stub"
import type { Cart } from "./types"

const backend = await startBackendStub()
const { choosePaymentProvider, stripeClientSecret } = await import("./payment.server")
afterAll(() => backend.close())

describe("the checkout's payment provider", () => {
  it("is Stripe only when the region offers it and the storefront has a publishable key", () => {
    expect(choosePaymentProvider(["pp_system_default", "pp_stripe_stripe"], "pk_test_1")).toBe("pp_stripe_stripe")
    expect(choosePaymentProvider(["pp_system_default", "pp_stripe_stripe"], undefined)).toBe("pp_system_default")
    expect(choosePaymentProvider(["pp_system_default"], "pk_test_1")).toBe("pp_system_default")
  })

  it("reuses the cart's Stripe session for the same total, and starts a new one when the total changed", async () => {
    const session = { id: "payses_1", provider_id: "pp_stripe_stripe", amount: 48, data: { id: "pi_1", client_secret: "pi_1_secret_a" } }
    const cart = { id: "cart_1", total: 48, payment_collection: { id: "pay_col_1", payment_sessions: [session] } } as unknown as Cart
    backend.answer(({ method, path, body }) =>
      method === "POST" && path === "/store/payment-collections/pay_col_1/payment-sessions"
        ? {
            body: {
              payment_collection: {
                payment_sessions: [
                  { id: "payses_2", provider_id: (body as { provider_id: string }).provider_id, data: { client_secret: "pi_2_secret_b" } },
                ],
              },
            },
          }
        : undefined,
    )
    const { shop } = await shopRequestContext("az", { cart_id: "cart_1" })
    expect(await stripeClientSecret(shop, cart)).toBe("pi_1_secret_a")
    expect(backend.calls).toHaveLength(0)

    expect(await stripeClientSecret(shop, { ...cart, total: 60 })).toBe("pi_2_secret_b")
    expect(backend.calls.map((c) => [c.method, c.path, c.body])).toEqual([
      ["POST", "/store/payment-collections/pay_col_1/payment-sessions", { provider_id: "pp_stripe_stripe" }],
    ])
  })
})
