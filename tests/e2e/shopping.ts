// Shopping on the storefront in a browser: the stack and Chromium, a search with a facet ticked,
// and putting items in the cart.
import { mkdirSync } from "node:fs"
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, expect } from "vitest"
import { launch, screenshotsDir } from "./browser"
import { startStack, type Stack } from "./stack"

export type ShopStack = { stack: Stack; browser: Browser }

/** A buyer's test file's world: the stack and Chromium, started before the file's tests, stopped after. */
export function shopStack(): ShopStack {
  const world = {} as ShopStack
  beforeAll(async () => {
    mkdirSync(screenshotsDir, { recursive: true })
    world.stack = await startStack((line) => console.log(`e2e: ${line}`))
    world.browser = await launch()
  }, 900_000)
  afterAll(async () => {
    await world.browser?.close()
    await world.stack?.stop()
  })
  return world
}

/** Opens a search page with a facet ticked and returns the product links shown, with their creators. */
export async function searchWithFacet(page: Page, baseUrl: string, locale: string, kind: string) {
  await page.goto(`${baseUrl}/${locale}/search`)
  await page.locator(`input[name="kind"][value="${kind}"]`).check()
  await page.waitForURL(new RegExp(`kind=${kind}`))
  await page.waitForLoadState("networkidle")
  return page.locator("main ul li a").evaluateAll((links) =>
    links.map((a) => ({
      href: (a as HTMLAnchorElement).getAttribute("href")!,
      creator: a.querySelector("p.text-xs.text-stone-600")?.textContent ?? "",
    })),
  )
}

export async function addToCart(page: Page, baseUrl: string, href: string) {
  await page.goto(`${baseUrl}${href}`)
  // hydrated first: before that the button posts the plain form and no fetcher status appears
  await page.waitForLoadState("networkidle")
  await page.locator('main form[method="post"] button[type="submit"]').first().click()
  await expectAdded(page)
}

/** The add-to-cart status line links to the cart; when it says something else, the failure shows it. */
export async function expectAdded(page: Page) {
  const status = page.locator('main form[method="post"] [role="status"]').first()
  await expect.poll(async () => (await status.textContent())?.trim() ?? "", { timeout: 60_000 }).not.toBe("")
  expect(await status.locator("a").count(), `add to cart answered: ${await status.textContent()}`).toBe(1)
}

/**
 * Adds the first of `items` that can still be bought: one-of-a-kind pieces sell out (the journeys
 * before this one buy some), and their page says so at once.
 */
export async function addFirstInStock<T extends { href: string }>(page: Page, baseUrl: string, items: T[]): Promise<T> {
  for (const item of items) {
    await page.goto(`${baseUrl}${item.href}`)
    await page.waitForLoadState("networkidle")
    const button = page.locator('main form[method="post"] button[type="submit"]').first()
    if ((await button.count()) === 0 || (await button.isDisabled())) continue
    await button.click()
    await expectAdded(page)
    return item
  }
  throw new Error("no search result can be added to the cart: every one is sold out")
}
