import { createHash } from "node:crypto"
import type { Page } from "playwright-core"
import { describe, expect, it } from "vitest"
import { DESKTOP, PHONE, screenshot, seriousViolations } from "./browser"
import { enterBakuAddress } from "./checkout"
import { addFirstInStock, addToCart, searchWithFacet, shopStack } from "./shopping"

const world = shopStack()

const digits = (text: string) => text.replace(/\D/g, "")

/** The page's serious/critical axe violations must be none; the list names them when not. */
async function accessible(page: Page) {
  expect(await seriousViolations(page)).toEqual([])
}

async function register(page: Page, locale: string, email: string) {
  await page.goto(`${world.stack.storefrontUrl}/${locale}/account/register`)
  await page.fill("#first_name", "Aysel")
  await page.fill("#last_name", "Məmmədova")
  await page.fill("#email", email)
  await page.fill("#password", "correct-horse-battery")
  await page.locator('main button[type="submit"]').click()
  await page.waitForURL(`**/${locale}/account`)
}

async function journey(locale: "az" | "en" | "ru", { audit = false } = {}) {
  const context = await world.browser.newContext({ viewport: DESKTOP, acceptDownloads: true })
  const page = await context.newPage()
  // two cores shared with the backend: a checkout step may take a while, never forever
  page.setDefaultTimeout(60_000)
  await register(page, locale, `buyer-${locale}-${Date.now()}@example.az`)

  await page.goto(`${world.stack.storefrontUrl}/${locale}`)
  await expect.poll(() => page.locator("html").getAttribute("lang")).toBe(locale)
  if (audit) {
    await screenshot(page, `${locale}-desktop-home`)
    await accessible(page)
  }

  // a physical item found through a facet
  const physical = await searchWithFacet(page, world.stack.storefrontUrl, locale, "physical")
  expect(physical.length).toBeGreaterThan(0)
  if (audit) {
    await screenshot(page, `${locale}-desktop-search`)
    await accessible(page)
  }
  const bought = await addFirstInStock(page, world.stack.storefrontUrl, physical)
  // the JSON-LD offer carries the price the page shows
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!)
  expect(digits(jsonLd.offers.price)).toBe(digits((await page.locator('[data-testid="price"]').textContent())!).replace(/^0+/, ""))
  if (audit) {
    await screenshot(page, `${locale}-desktop-product`)
    await accessible(page)
  }

  // a digital item from another creator
  const digital = await searchWithFacet(page, world.stack.storefrontUrl, locale, "digital")
  const other = digital.find((item) => item.creator && item.creator !== bought.creator)
  expect(other).toBeDefined()
  await addToCart(page, world.stack.storefrontUrl, other!.href)

  await page.goto(`${world.stack.storefrontUrl}/${locale}/cart`)
  expect(await page.locator("main section.card").count()).toBe(2)
  if (audit) {
    await screenshot(page, `${locale}-desktop-cart`)
    await accessible(page)
  }

  await enterBakuAddress(page, world.stack.storefrontUrl, locale)
  await page.waitForSelector('input[name="intent"][value="shipping"]', { state: "attached" })
  await page.locator('input[name="intent"][value="shipping"] ~ button[type="submit"]').click()
  await page.waitForSelector('input[name="intent"][value="place"]', { state: "attached" })
  if (audit) {
    await screenshot(page, `${locale}-desktop-checkout`)
    await accessible(page)
  }
  await page.locator('input[name="intent"][value="place"] ~ button[type="submit"]').click()
  await page.waitForURL(new RegExp(`/${locale}/orders/`))
  const number = digits((await page.locator('[data-testid="order-number"]').textContent())!)
  expect(number).not.toBe("")
  // the purchase holds a digital good: the confirmation has its downloads section (ready or being prepared)
  expect(await page.locator('section[aria-labelledby="downloads"]').count()).toBe(1)
  if (audit) await screenshot(page, `${locale}-desktop-confirmation`)
  // the purchase is the account's: its link shows another signed-in customer nothing
  const confirmationUrl = page.url()
  const stranger = await world.browser.newContext()
  const strangerPage = await stranger.newPage()
  strangerPage.setDefaultTimeout(60_000)
  await register(strangerPage, locale, `stranger-${locale}-${Date.now()}@example.az`)
  expect((await strangerPage.goto(confirmationUrl))?.status()).toBe(404)
  await stranger.close()

  // the order is in the account's history, and the download link delivers the file
  let link: string | null = null
  for (let attempt = 0; attempt < 20 && !link; attempt++) {
    await page.goto(`${world.stack.storefrontUrl}/${locale}/account`)
    link = await page
      .locator('section[aria-labelledby="downloads"] a[download]')
      .first()
      .getAttribute("href", { timeout: 500 })
      .catch(() => null)
    if (!link) await page.waitForTimeout(500)
  }
  expect(await page.locator('section[aria-labelledby="orders"]').textContent()).toContain(`#${number}`)
  expect(link).toMatch(/^http/)
  const file = await page.request.get(link!)
  expect(file.status()).toBe(200)
  expect((await file.body()).subarray(0, 4).toString()).toBe("%PDF")
  if (audit) {
    await screenshot(page, `${locale}-desktop-account`)
    await accessible(page)
  }
  // signed out, the browser that placed it still opens its confirmation (the purchase's receipt is in its session)
  await page.locator('form[action$="/account/logout"] button[type="submit"]').first().click()
  await page.waitForURL(new RegExp(`/${locale}$`))
  expect((await page.goto(confirmationUrl))?.status()).toBe(200)
  expect(digits((await page.locator('[data-testid="order-number"]').textContent())!)).toBe(number)
  await context.close()
}

describe("the storefront journey on Chromium", () => {
  it("in Azerbaijani: search with a facet, two creators' items, checkout, confirmation, history, download (and axe on each page)", async () => {
    await journey("az", { audit: true })
  }, 480_000)

  it("in Russian", async () => {
    await journey("ru")
  }, 480_000)

  it("in English", async () => {
    await journey("en")
  }, 480_000)

  it("a creator's shop page is accessible, and a missing one is a 404 page in the visitor's language", async () => {
    const page = await world.browser.newPage({ viewport: DESKTOP })
    await page.goto(`${world.stack.storefrontUrl}/az/creators`)
    const shop = await page.locator('main a[href^="/az/creators/"]').first().getAttribute("href")
    await page.goto(`${world.stack.storefrontUrl}${shop}`)
    await screenshot(page, "az-desktop-creator")
    await accessible(page)
    const missing = await page.goto(`${world.stack.storefrontUrl}/ru/creators/no-such-shop`)
    expect(missing?.status()).toBe(404)
    expect(await page.locator("h1").textContent()).toBe("Страница не найдена")
    await page.close()
  })

  it("serves pages with a content security policy, refuses other sites' frames and sends no MIME sniffing", async () => {
    const response = await fetch(`${world.stack.storefrontUrl}/en`)
    expect(response.status).toBe(200)
    const policy = response.headers.get("content-security-policy") ?? ""
    expect(policy).toContain("default-src 'self'")
    expect(policy).toContain("frame-ancestors 'self'")
    // an anonymous page comes from the page cache (ADR 030): each inline script is allowed by its hash, no nonce is left
    const html = await response.text()
    const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(
      ([, attributes]) => !/src=|ld\+json/.test(attributes!),
    )
    expect(inline.length).toBeGreaterThan(0)
    for (const [, , code] of inline) expect(policy).toContain(`'sha256-${createHash("sha256").update(code!).digest("base64")}'`)
    expect(html).not.toContain("nonce=")
    // a visitor with a session gets a render of their own, with its own nonce
    const own = await fetch(`${world.stack.storefrontUrl}/en`, { headers: { cookie: "cm_session=someone" } })
    expect(own.headers.get("content-security-policy")).toMatch(/script-src 'self' 'nonce-[^']+'/)
    expect(response.headers.get("x-content-type-options")).toBe("nosniff")
    expect(response.headers.get("x-frame-options")).toBe("SAMEORIGIN")
    expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin")
  })

  it("at phone width, home, product and cart fit the screen", async () => {
    const context = await world.browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true })
    const page = await context.newPage()
    const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)
    await page.goto(`${world.stack.storefrontUrl}/az`)
    expect(await fits()).toBe(true)
    await screenshot(page, "az-phone-home")
    await addFirstInStock(page, world.stack.storefrontUrl, await searchWithFacet(page, world.stack.storefrontUrl, "az", "physical"))
    expect(await fits()).toBe(true)
    await screenshot(page, "az-phone-product")
    await page.goto(`${world.stack.storefrontUrl}/az/cart`)
    expect(await fits()).toBe(true)
    await screenshot(page, "az-phone-cart")
    await context.close()
  })
})
