// A creator's orders end to end on Chromium: a buyer orders a physical item of the demo shop →
// its owner (the demo creator account `npm start` prints) signs in to the studio, finds the
// order, marks it shipped → the buyer's account says shipped; another creator gets 404 on the
// order; money page; /ru at phone width; axe on each new page; screenshots studio-orders-*.png.
import type { BrowserContext, Page } from "playwright-core"
import { describe, expect, it } from "vitest"
import { backendApi } from "./backend-api"
import { DESKTOP, PHONE, screenshot } from "./browser"
import { enterBakuAddress } from "./checkout"
import { accessible, fits, studioSignIn as signIn, studioStack } from "./studio-pages"

const studio = studioStack()
const stamp = Date.now().toString(36)

type Variant = {
  inventory_items?: { inventory?: { location_levels?: { stocked_quantity: number; reserved_quantity: number }[] } | null }[]
}
type Product = { id: string; handle: string; title: string; listing?: { kind: string; published: boolean } | null; variants?: Variant[] }

const studioSignIn = (context: BrowserContext, locale: string, email: string, password: string) =>
  signIn(studio.stack.storefrontUrl, context, locale, { email, password })

/** A published physical listing of the demo shop with stock left (through the creator API, as its owner). */
async function physicalInStock(): Promise<Product> {
  const api = backendApi(studio.stack.backendUrl)
  const { token } = await api<{ token: string }>("/auth/creator/emailpass", { body: studio.demo })
  const { products } = await api<{ products: Product[] }>("/creator/products?limit=100", { token })
  const stock = (p: Product) =>
    (p.variants ?? [])[0]?.inventory_items?.reduce(
      (sum, item) => sum + (item.inventory?.location_levels ?? []).reduce((s, l) => s + l.stocked_quantity - l.reserved_quantity, 0),
      0,
    ) ?? 0
  const found = products.find((p) => p.listing?.kind === "physical" && p.listing.published && stock(p) > 0)
  if (!found) throw new Error("the demo shop has no physical listing in stock")
  return found
}

/** Another approved-or-not shop with its own owner: enough to be a creator who is not this order's. */
async function otherCreator() {
  const api = backendApi(studio.stack.backendUrl)
  const account = { email: `other-${stamp}@example.az`, password: "other-creator-password" }
  const { token } = await api<{ token: string }>("/auth/creator/emailpass/register", { body: account })
  await api("/creator/signup", {
    token,
    body: {
      shop: { handle: `other-${stamp}`, name: "Other Studio", programme: "crafts", legal_type: "individual", email: account.email },
    },
  })
  return account
}

async function buy(page: Page, product: Product) {
  await page.goto(`${studio.stack.storefrontUrl}/en/account/register`)
  await page.fill("#first_name", "Aysel")
  await page.fill("#last_name", "Məmmədova")
  await page.fill("#email", `buyer-orders-${stamp}@example.az`)
  await page.fill("#password", "correct-horse-battery")
  await page.locator('main button[type="submit"]').click()
  await page.waitForURL("**/en/account")
  await page.goto(`${studio.stack.storefrontUrl}/en/products/${product.handle}`)
  // hydrated first: before that the button posts the plain form and no fetcher status appears
  await page.waitForLoadState("networkidle")
  await page.locator('main form[method="post"] button[type="submit"]').first().click()
  await expect.poll(() => page.locator('[role="status"] a').count(), { timeout: 60_000 }).toBe(1)
  await enterBakuAddress(page, studio.stack.storefrontUrl, "en")
  await page.waitForSelector('input[name="intent"][value="shipping"]', { state: "attached" })
  await page.locator('input[name="intent"][value="shipping"] ~ button[type="submit"]').click()
  await page.waitForSelector('input[name="intent"][value="place"]', { state: "attached" })
  await page.locator('input[name="intent"][value="place"] ~ button[type="submit"]').click()
  await page.waitForURL(/\/en\/orders\//)
  // the number the buyer is given (and would quote to the shop); the URL can change before the page
  // shows, so wait for the number itself, not for whatever `main` holds at that moment
  const confirmation = await page.locator('[data-testid="order-number"]').textContent()
  return confirmation?.match(/Order number #(\d+)/)?.[1]
}

describe("the creator studio's orders", () => {
  it("a buyer's order reaches the demo creator, who marks it shipped; the buyer sees it shipped; another creator gets 404", async () => {
    const product = await physicalInStock()
    const buyer = await studio.browser.newContext({ viewport: DESKTOP })
    const shopper = await buyer.newPage()
    shopper.setDefaultTimeout(60_000)
    const buyerNumber = await buy(shopper, product)
    expect(buyerNumber).toMatch(/^\d+$/)

    // the demo creator signs in: the home counts the order to ship, the list shows it
    const creator = await studio.browser.newContext({ viewport: DESKTOP })
    const page = await studioSignIn(creator, "en", studio.demo.email, studio.demo.password)
    await expect.poll(() => page.locator('[data-testid="orders-to-ship"]').textContent(), { timeout: 20_000 }).not.toBe("0")
    await page.goto(`${studio.stack.storefrontUrl}/en/studio/orders?status=pending`)
    await expect
      .poll(() => page.locator('[data-testid="order-list"] li').first().textContent(), { timeout: 20_000 })
      .toContain(product.title)
    await screenshot(page, "studio-orders-list")
    await accessible(page)
    await page.locator('[data-testid="order-list"] li a').first().click()
    await page.waitForURL(/\/en\/studio\/orders\/order_\w+$/)
    const orderPath = new URL(page.url()).pathname
    await expect.poll(() => page.locator("main").textContent(), { timeout: 20_000 }).toContain("Nizami küçəsi 10")
    expect(await page.locator("main").textContent()).toContain("Physical")
    expect(await page.locator("main").textContent()).toContain(`The buyer's order number: #${buyerNumber}`)

    // a mistake first: the errors sit next to their fields
    await page.locator('main button[name="intent"][value="ship"]').click()
    await expect.poll(() => page.locator("#f-carrier-error").textContent(), { timeout: 20_000 }).toBe("Fill this in.")
    expect(await page.locator("#f-tracking_number-error").textContent()).toBe("Fill this in.")
    await screenshot(page, "studio-orders-detail-error")
    await accessible(page)
    await page.fill("#f-carrier", "Azərpoçt")
    await page.fill("#f-tracking_number", `RR${stamp}AZ`)
    await page.locator('main button[name="intent"][value="ship"]').click()
    await expect.poll(() => page.locator("main").textContent(), { timeout: 30_000 }).toContain("Marked shipped")
    expect(await page.locator("main").textContent()).toContain(`RR${stamp}AZ`)
    await screenshot(page, "studio-orders-detail-shipped")
    await accessible(page)

    await page.goto(`${studio.stack.storefrontUrl}/en/studio/money`)
    await expect.poll(() => page.locator("main h1").textContent()).toBe("Money")
    expect(await page.locator("main").textContent()).toContain("Payouts")
    await screenshot(page, "studio-orders-money")
    await accessible(page)

    // the buyer's account says shipped
    await expect
      .poll(
        async () => {
          await shopper.goto(`${studio.stack.storefrontUrl}/en/account`)
          return shopper.locator('section[aria-labelledby="orders"] [data-testid="shipping-state"]').first().textContent()
        },
        { timeout: 30_000, interval: 1_000 },
      )
      .toBe("Shipped")
    await screenshot(shopper, "studio-orders-buyer-account")
    // the purchase itself shows the parcel: carrier and tracking number
    await shopper.locator('section[aria-labelledby="orders"] li a').first().click()
    await expect.poll(() => shopper.locator('[data-testid="order-progress"]').textContent(), { timeout: 20_000 }).toContain(`RR${stamp}AZ`)
    expect(await shopper.locator('[data-testid="order-progress"]').textContent()).toContain("Shipped on")
    expect(await shopper.locator('[data-testid="order-progress"]').textContent()).toContain("Azərpoçt")
    await screenshot(shopper, "studio-orders-buyer-purchase")
    await accessible(shopper)

    // another creator: the order is not found, exactly like a missing one
    const account = await otherCreator()
    const other = await studio.browser.newContext({ viewport: DESKTOP })
    const otherPage = await studioSignIn(other, "en", account.email, account.password)
    expect((await otherPage.goto(`${studio.stack.storefrontUrl}${orderPath}`))!.status()).toBe(404)
    expect((await otherPage.goto(`${studio.stack.storefrontUrl}/en/studio/orders/order_missing`))!.status()).toBe(404)

    // in Russian at phone width
    const phone = await studio.browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true })
    const ruPage = await studioSignIn(phone, "ru", studio.demo.email, studio.demo.password)
    await ruPage.goto(`${studio.stack.storefrontUrl}/ru/studio/orders`)
    await expect.poll(() => ruPage.locator("main h1").textContent()).toBe("Заказы")
    expect(await fits(ruPage)).toBeLessThanOrEqual(PHONE.width)
    await screenshot(ruPage, "studio-orders-ru-phone-list")
    await accessible(ruPage)
    await ruPage.goto(`${studio.stack.storefrontUrl}${orderPath.replace("/en/", "/ru/")}`)
    await expect.poll(() => ruPage.locator("main").textContent()).toContain("Отправлен")
    expect(await fits(ruPage)).toBeLessThanOrEqual(PHONE.width)
    await screenshot(ruPage, "studio-orders-ru-phone-detail")
    await accessible(ruPage)
    await ruPage.goto(`${studio.stack.storefrontUrl}/ru/studio/money`)
    await expect.poll(() => ruPage.locator("main h1").textContent()).toBe("Деньги")
    expect(await fits(ruPage)).toBeLessThanOrEqual(PHONE.width)
    await accessible(ruPage)
    await Promise.all([buyer.close(), creator.close(), other.close(), phone.close()])
  }, 480_000)
})
