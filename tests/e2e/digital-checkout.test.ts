// A purchase with nothing to ship, on Chromium (docs/decisions/043): a guest buys a download
// giving only e-mail, name and country (no street, no delivery step, no shipping among the totals),
// and the order is placed; a cart with something physical in it still asks for the street and lists
// shipping. axe on the checkout; screenshots digital-checkout-*.png.
import { describe, expect, it } from "vitest"
import { DESKTOP, screenshot, seriousViolations } from "./browser"
import { addFirstInStock, addToCart, searchWithFacet, shopStack } from "./shopping"

const world = shopStack()

describe("a checkout with nothing to ship", () => {
  it("asks a guest buying a download for e-mail, name and country only, and places the order", async () => {
    const context = await world.browser.newContext({ viewport: DESKTOP })
    const page = await context.newPage()
    page.setDefaultTimeout(60_000)
    const url = world.stack.storefrontUrl
    const [download] = await searchWithFacet(page, url, "en", "digital")
    await addToCart(page, url, download!.href)

    await page.goto(`${url}/en/checkout`)
    expect(await page.locator("#f-address_1, #f-city, #f-postal_code").count()).toBe(0)
    expect(await page.locator('[data-testid="no-address-needed"]').textContent()).toContain("no address is needed")
    expect(await page.locator('label[for="f-country_code"]').textContent()).toBe("Country you live in")
    await page.fill("#f-email", `digital-${Date.now()}@example.az`)
    await page.fill("#f-first_name", "Aysel")
    await page.fill("#f-last_name", "Məmmədova")
    await page.locator('input[name="intent"][value="address"] ~ button[type="submit"]').click()
    await page.waitForSelector('input[name="intent"][value="place"]', { state: "attached" })
    expect(await page.locator("#delivery").textContent()).toContain("Nothing to ship")
    // nor a shipping row among the totals
    const totals = page.locator("aside dl dt")
    expect(await totals.allTextContents()).not.toContain("Shipping")
    await screenshot(page, "digital-checkout-en")
    expect(await seriousViolations(page)).toEqual([])

    await page.locator('input[name="intent"][value="place"] ~ button[type="submit"]').click()
    await page.waitForURL(/\/en\/orders\//)
    expect(await page.locator('[data-testid="order-number"]').textContent()).toMatch(/\d/)
    expect(await page.locator('section[aria-labelledby="downloads"]').count()).toBe(1)
    await screenshot(page, "digital-checkout-en-confirmation")

    // something physical in the next cart: the street is asked again
    await addToCart(page, url, download!.href)
    await addFirstInStock(page, url, await searchWithFacet(page, url, "en", "physical"))
    await page.goto(`${url}/en/checkout`)
    expect(await page.locator("#f-address_1, #f-city").count()).toBe(2)
    expect(await page.locator('[data-testid="no-address-needed"]').count()).toBe(0)
    expect(await totals.allTextContents()).toContain("Shipping")
    await context.close()
  }, 300_000)
})
