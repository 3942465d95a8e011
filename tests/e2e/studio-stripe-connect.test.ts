// The studio's money page with Stripe Connect offered, in real Chromium against the built
// storefront: a local HTTP server stands in for the backend's creator API (the e2e stack runs a
// production build, which refuses a Stripe stub), and `context.route` stands in for Stripe's
// onboarding pages. It proves the storefront's part: the owner's Connect Stripe button, the
// redirect to Stripe's link, the way back through `/creator/payouts`, and the connected state.
import { mkdirSync } from "node:fs"
import { beforeAll, describe, expect, it } from "vitest"
import { DESKTOP, PHONE, screenshot, screenshotsDir } from "./browser"
import { useStandInStorefront } from "./stand-in-storefront"
import { accessible, fits, studioSignIn } from "./studio-pages"

// files run one at a time (vitest.config.mts): the Stripe checkout test's port is free here
const PORT = Number(process.env.E2E_STRIPE_STOREFRONT_PORT ?? 3061)
const ONBOARDING = "https://connect.stripe.com/setup/e/acct_e2e/e2e"
const owner = { email: "owner@example.az", password: "owner-password-e2e" }

let accountId: string | null = null

/** The creator API calls of sign-in, the studio's layout and the money page, answered as the backend would. */
function answer(route: string): unknown {
  if (route === "POST /auth/creator/emailpass") return { token: "t-owner" }
  if (route === "GET /creator/me")
    return {
      member: { id: "mem_1", email: owner.email, name: null },
      shops: [{ id: "cre_1", handle: "qarabag-weavers", name: "Qarabağ Weavers", status: "approved", role: "owner" }],
    }
  if (route === "GET /creator/balance")
    return { balances: [{ currency_code: "azn", earned: 950, held: 950, available: 0, paid: 0, reversed: 0 }], ledger: [] }
  if (route === "GET /creator/payouts") return { payouts: [] }
  if (route === "GET /creator/payout-settings")
    return {
      payout_settings: { provider: accountId ? "stripe-connect" : "manual", stripe_account_id: accountId, stripe_connect_configured: true },
    }
  if (route === "POST /creator/payouts/stripe-connect/onboarding") {
    accountId = "acct_e2e"
    return {
      status: 201,
      body: { onboarding: { account_id: accountId, url: ONBOARDING, expires_at: new Date(Date.now() + 300_000).toISOString() } },
    }
  }
  if (route === "GET /store/regions")
    return {
      regions: [{ id: "reg_azn", name: "Azerbaijan", currency_code: "azn", countries: [{ iso_2: "az", display_name: "Azerbaijan" }] }],
    }
  return undefined
}

const stand = useStandInStorefront({ port: PORT, answer: (method, url) => answer(`${method} ${url.pathname}`) })
beforeAll(() => mkdirSync(screenshotsDir, { recursive: true }))

describe("Stripe Connect on the studio's money page", () => {
  it("an owner connects Stripe: off to Stripe's onboarding, back through /creator/payouts, then connected", async () => {
    const context = await stand.browser.newContext({ viewport: DESKTOP, locale: "az-AZ" })
    const page = await studioSignIn(stand.url, context, "az", owner)
    await page.goto(`${stand.url}/az/studio/money`)
    await page.waitForLoadState("networkidle")
    expect(await page.locator('[data-testid="stripe-state"]').textContent()).toBe("qoşulmayıb")
    const connect = page.locator('main button[name="intent"][value="connect"]')
    expect(await connect.textContent()).toBe("Stripe-ı qoş")
    await screenshot(page, "studio-connect-az-money")
    await accessible(page)

    await context.route("https://connect.stripe.com/**", (route) =>
      route.fulfill({ contentType: "text/html", body: "<title>Stripe onboarding (stand-in)</title>" }),
    )
    await connect.click()
    await page.waitForURL(ONBOARDING)
    expect(stand.calls.map((c) => `${c.method} ${c.path}`)).toContain("POST /creator/payouts/stripe-connect/onboarding")

    // Stripe's return URL (the backend builds it without a language) lands on the money page
    await page.goto(`${stand.url}/creator/payouts?stripe=return`)
    await page.waitForURL(`${stand.url}/az/studio/money?stripe=return`)
    expect(await page.locator('[data-testid="stripe-state"]').textContent()).toBe("qoşulub")
    expect(await connect.textContent()).toBe("Stripe-da davam et")
    expect(await page.locator('[data-testid="payout-method"] [role="status"]').textContent()).toContain("Stripe-dan xoş gəldiniz")
    await screenshot(page, "studio-connect-az-money-connected")
    await accessible(page)

    const phone = await stand.browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, locale: "ru-RU" })
    const ru = await studioSignIn(stand.url, phone, "ru", owner)
    await ru.goto(`${stand.url}/ru/studio/money?stripe=refresh`)
    await ru.waitForLoadState("networkidle")
    expect(await ru.locator('[data-testid="payout-method"] [role="status"]').textContent()).toContain("Ссылка Stripe устарела")
    expect(await fits(ru)).toBeLessThanOrEqual(PHONE.width)
    await screenshot(ru, "studio-connect-ru-phone-money")
    await accessible(ru)
    await Promise.all([context.close(), phone.close()])
  }, 120_000)
})
