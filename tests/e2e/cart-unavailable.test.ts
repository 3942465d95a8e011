// A shop suspended while its item sits in a buyer's cart, on Chromium: the cart marks the line "no
// longer available" and will not go to checkout until it is removed; switching the currency keeps
// the cart (it used to drop it). axe on the cart; screenshots cart-unavailable-*.png.
import { mkdirSync } from "node:fs"
import type { Browser } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { approvedShop, backendApi, createOperator } from "./backend-api"
import { DESKTOP, launch, screenshot, screenshotsDir, seriousViolations } from "./browser"
import { startStack, type Stack } from "./stack"

let stack: Stack
let browser: Browser
let api: ReturnType<typeof backendApi>
const operator = { email: "operator-cart@creative-market.az", password: "operator-cart-password" }
const stamp = Date.now().toString(36)

beforeAll(async () => {
  mkdirSync(screenshotsDir, { recursive: true })
  stack = await startStack((line) => console.log(`e2e: ${line}`))
  api = backendApi(stack.backendUrl, stack.publishableKey)
  await createOperator(operator)
  browser = await launch()
}, 900_000)

afterAll(async () => {
  await browser?.close()
  await stack?.stop()
})

/** An approved shop with one published lamp; returns what the operator needs to suspend it. */
async function shopWithLamp() {
  const { token, adminToken, creatorId } = await approvedShop(api, operator, "lamps", stamp, "crafts")
  const { product } = await api<{ product: { id: string; handle: string } }>("/creator/products", {
    token,
    body: {
      kind: "physical",
      title: `Copper lamp ${stamp}`,
      variants: [
        {
          title: "One",
          stock: 3,
          prices: [
            { currency_code: "azn", amount: 90 },
            { currency_code: "eur", amount: 50 },
            { currency_code: "usd", amount: 53 },
          ],
        },
      ],
    },
  })
  await api(`/creator/products/${product.id}/publish`, { token, body: {} })
  return { creatorId, adminToken, product }
}

describe("an item whose shop is suspended after it was put in the cart", () => {
  it("is marked no longer available, blocks the checkout, and a currency switch keeps the cart", async () => {
    const shop = await shopWithLamp()
    const context = await browser.newContext({ viewport: DESKTOP })
    const page = await context.newPage()
    await page.goto(`${stack.storefrontUrl}/en/products/${shop.product.handle}`)
    await page.waitForLoadState("networkidle")
    await page.locator('main form[method="post"] button[type="submit"]').first().click()
    const status = page.locator('main form[method="post"] [role="status"] a')
    await expect.poll(() => status.count(), { timeout: 60_000 }).toBe(1)

    await page.goto(`${stack.storefrontUrl}/en/cart`)
    expect(await page.locator('[data-testid="unavailable"]').count()).toBe(0)
    expect(await page.locator(`main a[href="/en/checkout"]`).count()).toBe(1)

    await api(`/admin/creators/${shop.creatorId}/suspend`, { token: shop.adminToken, body: { reason: "Test" } })
    // the storefront's catalogue answers are cached for a short while: the cart shows it once they turn
    await expect
      .poll(
        async () => {
          await page.goto(`${stack.storefrontUrl}/en/cart`)
          return page.locator('[data-testid="unavailable"]').count()
        },
        { timeout: 90_000, interval: 2_000 },
      )
      .toBe(1)
    expect(await page.locator('[data-testid="unavailable"]').textContent()).toContain("No longer available")
    expect(await page.locator(`main a[href="/en/checkout"]`).count()).toBe(0)
    expect(await page.locator("main aside button[disabled]").textContent()).toContain("checkout")
    await screenshot(page, "cart-unavailable")
    expect(await seriousViolations(page)).toEqual([])

    // a currency switch: the cart is still there, with the line still marked
    const switched = page.waitForResponse((response) => response.url().includes("/en/preferences"))
    await page.selectOption("#currency", "eur")
    await switched
    await page.waitForLoadState("networkidle")
    expect(await page.locator("main ul li").count()).toBe(1)
    expect(await page.locator('[data-testid="unavailable"]').count()).toBe(1)
    if (page.url().includes("currency_kept=eur")) {
      expect(await page.locator('main [role="status"]').textContent()).toContain("could not move to EUR")
    }
    await screenshot(page, "cart-unavailable-currency")

    // removed, the cart is empty and nothing blocks the next purchase
    await page.locator('main button:has-text("Remove")').click()
    await expect.poll(() => page.locator("main").textContent()).toContain("Your cart is empty")
    await context.close()
  })
})
