import { act } from "react"
import { createRoutesStub } from "react-router"
import { afterEach, describe, expect, it } from "vitest"
import type { Cart, CheckoutPaymentMethod } from "~/lib/types"
import { mount } from "~/test/dom"
import { CheckoutPayment } from "./checkout-payment"

afterEach(() => {
  delete (window as { Stripe?: unknown }).Stripe
})

/**
 * A stand-in for Stripe.js (window.Stripe, which @stripe/stripe-js uses instead of loading
 * js.stripe.com when it is already there): it records what our code asks of it. It proves the
 * wiring, not Stripe's own behaviour; the live Stripe path is unproven on these machines.
 */
function fakeStripe(confirmResult: unknown) {
  const calls: { what: string; args: unknown[] }[] = []
  const record =
    (what: string, result?: unknown) =>
    (...args: unknown[]) => {
      calls.push({ what, args })
      return result
    }
  const element = { mount: record("mount"), on: record("on"), off: record("off"), update: record("update"), destroy: record("destroy") }
  const elements = { create: record("elements.create", element), update: record("elements.update"), getElement: () => element }
  ;(window as { Stripe?: unknown }).Stripe = (...args: unknown[]) => {
    calls.push({ what: "Stripe", args })
    return {
      elements: record("elements", elements),
      createToken: record("createToken"),
      createPaymentMethod: record("createPaymentMethod"),
      confirmCardPayment: record("confirmCardPayment"),
      confirmPayment: (...confirmArgs: unknown[]) => {
        calls.push({ what: "confirmPayment", args: confirmArgs })
        return Promise.resolve(confirmResult)
      },
    }
  }
  return calls
}

const cart = { id: "cart_1", total: 48, currency_code: "azn", items: [] } as unknown as Cart

async function renderPayment(payment: CheckoutPaymentMethod, ready: string, locale = "en") {
  const Stub = createRoutesStub([{ path: "/:locale/checkout", Component: () => <CheckoutPayment cart={cart} payment={payment} /> }])
  return mount(<Stub initialEntries={[`/${locale}/checkout`]} />, ready)
}

describe("the checkout's payment step", () => {
  it("mounts Stripe's Payment Element for the cart's client secret and confirms with the return route", async () => {
    const calls = fakeStripe({ error: { type: "card_error", message: "Your card was declined." } })
    const container = await renderPayment(
      { provider: "stripe", publishableKey: "pk_test_abc", clientSecret: "pi_1_secret_a" },
      '[data-testid="stripe-form"]',
      "ru",
    )
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)))
    expect(calls.find((c) => c.what === "Stripe")?.args[0]).toBe("pk_test_abc")
    expect(calls.find((c) => c.what === "elements")?.args[0]).toMatchObject({ clientSecret: "pi_1_secret_a", locale: "ru" })
    expect(calls.find((c) => c.what === "elements.create")?.args[0]).toBe("payment")
    expect(calls.some((c) => c.what === "mount")).toBe(true)
    // no system-provider form beside it
    expect(container.querySelector('input[name="intent"][value="place"]')).toBeNull()

    const form = container.querySelector<HTMLFormElement>('[data-testid="stripe-form"]')!
    await act(async () => form.requestSubmit())
    for (let i = 0; i < 50 && !container.querySelector('[role="alert"]'); i++)
      await act(() => new Promise((resolve) => setTimeout(resolve, 20)))
    const confirm = calls.find((c) => c.what === "confirmPayment")!
    expect(confirm.args[0]).toMatchObject({ confirmParams: { return_url: `${window.location.origin}/ru/checkout/return` } })
    // a card declined without a redirect stays on the page, in the visitor's language
    expect(container.querySelector('[role="alert"]')?.textContent).toBe(
      "Оплата не прошла: Your card was declined. Проверьте данные и попробуйте снова.",
    )
  })

  it("keeps the system provider's form (what the e2e journey pays with) when Stripe is not offered", async () => {
    const calls = fakeStripe({})
    const container = await renderPayment({ provider: "system", id: "pp_system_default" }, 'input[name="intent"]')
    expect(container.querySelector<HTMLInputElement>('input[name="provider"]')?.value).toBe("pp_system_default")
    expect(container.querySelector('input[name="intent"][value="place"] ~ button[type="submit"]')).not.toBeNull()
    expect(calls).toHaveLength(0)
  })

  it("says card payment is unavailable when the backend could not start a Stripe session", async () => {
    const container = await renderPayment({ provider: "stripe", unavailable: true }, '[role="alert"]', "az")
    expect(container.querySelector('[role="alert"]')?.textContent).toBe(
      "Kartla ödəniş hazırda mümkün deyil. Bir neçə dəqiqədən sonra yenidən cəhd edin.",
    )
  })
})
