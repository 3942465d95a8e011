// The Stripe checkout in real Chromium against the built storefront, with two stand-ins: a local
// HTTP server in place of the Medusa backend (it answers the few Store API calls of checkout and
// records them) and `page.route` serving a fake Stripe.js for https://js.stripe.com that records the
// Elements calls and "redirects" like confirmPayment does. It proves the storefront's wiring (the
// lazily loaded Payment Element, the CSP letting js.stripe.com in, the return route completing the
// cart); Stripe itself and Medusa's Stripe provider are not exercised here (unreachable from CI).
import { createRequire } from "node:module"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { mkdirSync } from "node:fs"
import { DESKTOP, screenshot, screenshotsDir } from "./browser"
import { useStandInStorefront } from "./stand-in-storefront"

const PORT = Number(process.env.E2E_STRIPE_STOREFRONT_PORT ?? 3061)
const SESSION_SECRET = "stripe-e2e-session-secret-0123456789abcdef"

let sessionStarted = false
const cart = () => ({
  id: "cart_e2e",
  email: "buyer@example.com",
  currency_code: "azn",
  region_id: "reg_azn",
  completed_at: null,
  subtotal: 30,
  item_subtotal: 30,
  shipping_total: 0,
  discount_total: 0,
  tax_total: 0,
  total: 30,
  items: [
    { id: "item_1", title: "Naxış şablonu (PDF)", quantity: 1, unit_price: 30, total: 30, product_id: "prod_1", requires_shipping: false },
  ],
  shipping_address: { first_name: "Aysel", last_name: "Məmmədova", address_1: "Nizami 10", city: "Bakı", country_code: "az" },
  shipping_methods: [],
  promotions: [],
  payment_collection: sessionStarted
    ? {
        id: "pay_col_e2e",
        payment_sessions: [
          { id: "payses_e2e", provider_id: "pp_stripe_stripe", amount: 30, data: { id: "pi_e2e", client_secret: "pi_e2e_secret_fake" } },
        ],
      }
    : null,
})

/** The Store API calls of checkout and its return route, answered as Medusa would with Stripe offered. */
function answer(method: string, url: URL): unknown {
  const route = `${method} ${url.pathname}`
  if (route === "GET /store/regions")
    return {
      regions: [{ id: "reg_azn", name: "Azerbaijan", currency_code: "azn", countries: [{ iso_2: "az", display_name: "Azerbaijan" }] }],
    }
  if (route === "GET /store/carts/cart_e2e") return { cart: cart() }
  if (route === "GET /store/listings") return { listings: [] }
  // the cart asks which of its products are still sold
  if (route === "GET /store/products") return { products: [{ id: "prod_1" }] }
  if (route === "GET /store/payment-providers") return { payment_providers: [{ id: "pp_system_default" }, { id: "pp_stripe_stripe" }] }
  if (route === "POST /store/payment-collections") return { payment_collection: { id: "pay_col_e2e" } }
  if (route === "POST /store/payment-collections/pay_col_e2e/payment-sessions") {
    sessionStarted = true
    return { payment_collection: cart().payment_collection }
  }
  if (route === "POST /store/carts/cart_e2e/complete") return { type: "order", order: { id: "order_e2e", display_id: 1 } }
  return undefined
}

const stand = useStandInStorefront({
  port: PORT,
  answer: (method, url) => answer(method, url),
  env: { SESSION_SECRET, STRIPE_PUBLISHABLE_KEY: "pk_test_e2e" },
})

/** The storefront's session storage, with its own cookie code (react-router) and the secret it was given. */
function sessionStorage() {
  const require = createRequire(path.join(import.meta.dirname, "../../storefront/package.json"))
  const { createCookieSessionStorage } = require("react-router") as typeof import("react-router")
  return createCookieSessionStorage({
    cookie: { name: "cm_session", path: "/", httpOnly: true, sameSite: "lax", secrets: [SESSION_SECRET] },
  })
}

/** A signed session cookie holding the cart, as the storefront sets it. */
async function sessionCookie() {
  const storage = sessionStorage()
  const session = await storage.getSession()
  session.set("cart_id", "cart_e2e")
  const header = await storage.commitSession(session)
  return { name: "cm_session", value: header.slice("cm_session=".length).split(";")[0]!, url: stand.url }
}

/** What the fake Stripe.js records in the page (`window.__stripe`), and how its confirmPayment leaves. */
const FAKE_STRIPE_JS = `
window.__stripe = [];
const rec = (what, ...args) => { window.__stripe.push({ what, args: JSON.parse(JSON.stringify(args)) }) };
window.Stripe = function (key, options) {
  rec("Stripe", key);
  return {
    elements(options) {
      rec("elements", options);
      return {
        create(type, options) {
          rec("create", type);
          return {
            mount(node) { rec("mount"); const el = typeof node === "string" ? document.querySelector(node) : node; el.innerHTML = '<p data-testid="fake-payment-element">card fields</p>' },
            on() {}, off() {}, update() {}, destroy() { rec("destroy") },
          };
        },
        update() {}, getElement() { return null }, submit() { return Promise.resolve({}) },
      };
    },
    createToken() {}, createPaymentMethod() {}, confirmCardPayment() {},
    confirmPayment(params) {
      rec("confirmPayment", { return_url: params.confirmParams.return_url });
      window.location.assign(params.confirmParams.return_url + "?payment_intent=pi_e2e&payment_intent_client_secret=pi_e2e_secret_fake&redirect_status=succeeded");
      return new Promise(() => {});
    },
  };
};`

describe("Stripe checkout in Chromium (stand-ins for Stripe.js and the backend)", () => {
  it("shows the Payment Element for the cart's PaymentIntent, and Stripe's redirect back completes the cart into an order", async () => {
    const context = await stand.browser.newContext({ viewport: DESKTOP })
    await context.addCookies([await sessionCookie()])
    const stripeRequests: string[] = []
    await context.route("https://js.stripe.com/**", (route) => {
      stripeRequests.push(route.request().url())
      return route.fulfill({ contentType: "text/javascript", body: FAKE_STRIPE_JS })
    })
    const page = await context.newPage()
    const blocked: string[] = []
    page.on("console", (message) => message.text().includes("Content Security Policy") && blocked.push(message.text()))

    const response = await page.goto(`${stand.url}/en/checkout`)
    expect(response!.status()).toBe(200)
    expect(response!.headers()["content-security-policy"]).toContain("https://js.stripe.com")
    await page.waitForSelector('[data-testid="fake-payment-element"]', { timeout: 15_000 })
    const recorded = (await page.evaluate("window.__stripe")) as { what: string; args: unknown[] }[]
    expect(recorded.find((c) => c.what === "Stripe")?.args).toEqual(["pk_test_e2e"])
    expect(recorded.find((c) => c.what === "elements")?.args[0]).toMatchObject({ clientSecret: "pi_e2e_secret_fake", locale: "en-GB" })
    expect(recorded.find((c) => c.what === "create")?.args).toEqual(["payment"])
    mkdirSync(screenshotsDir, { recursive: true })
    await screenshot(page, "checkout-stripe-stand-in-desktop")
    expect(stripeRequests).toHaveLength(1)
    expect(stand.calls.filter((c) => c.path === "/store/payment-collections/pay_col_e2e/payment-sessions").map((c) => c.body)).toEqual([
      { provider_id: "pp_stripe_stripe" },
    ])
    // the system provider's form is not offered beside Stripe
    expect(await page.locator('input[name="intent"][value="place"]').count()).toBe(0)

    await page.getByRole("button", { name: /Place order/ }).click()
    await page.waitForURL(/\/en\/orders\/order_e2e/, { timeout: 15_000 })
    expect(stand.calls.filter((c) => c.path === "/store/carts/cart_e2e/complete")).toHaveLength(1)
    // the browser's session no longer holds the cart, and may show the order's confirmation
    const cookie = (await context.cookies(stand.url)).find((c) => c.name === "cm_session")!
    const session = await sessionStorage().getSession(`cm_session=${cookie.value}`)
    expect([session.get("cart_id"), session.get("orders")]).toEqual([undefined, ["order_e2e"]])
    expect(blocked).toEqual([])
    await context.close()
  })

  it("a declined payment brings the buyer back to a translated error with the cart kept, and completes nothing", async () => {
    const context = await stand.browser.newContext({ viewport: DESKTOP })
    await context.addCookies([await sessionCookie()])
    const page = await context.newPage()
    const completions = stand.calls.filter((c) => c.path.endsWith("/complete")).length
    await page.goto(
      `${stand.url}/az/checkout/return?payment_intent=pi_e2e&payment_intent_client_secret=x&redirect_status=requires_payment_method`,
    )
    await expect(page.getByRole("alert").textContent()).resolves.toMatch(/^Ödəniş tamamlanmadı/)
    await expect(page.getByRole("link", { name: "Ödənişə qayıt" }).getAttribute("href")).resolves.toBe("/az/checkout#payment")
    expect(await page.locator("header").textContent()).toMatch(/1/)
    expect(stand.calls.filter((c) => c.path.endsWith("/complete")).length).toBe(completions)
    await screenshot(page, "checkout-return-declined-az-desktop")
    await context.close()
  })
})
