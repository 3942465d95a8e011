// What the studio's browser tests share: signing in as a creator, axe, and the phone-width check.
import type { BrowserContext, Page } from "playwright-core"
import { expect } from "vitest"
import { seriousViolations } from "./browser"

export async function accessible(page: Page) {
  expect(await seriousViolations(page)).toEqual([])
}

/** The page's width: at most the viewport's when nothing overflows sideways. */
export const fits = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth)

/** A new page of the context, signed in to the studio in that language. */
export async function studioSignIn(
  storefrontUrl: string,
  context: BrowserContext,
  locale: string,
  account: { email: string; password: string },
) {
  const page = await context.newPage()
  page.setDefaultTimeout(60_000)
  await page.goto(`${storefrontUrl}/${locale}/studio/login`)
  await page.fill("#email", account.email)
  await page.fill("#password", account.password)
  await page.locator('main button[type="submit"]').click()
  await page.waitForURL(`**/${locale}/studio`)
  return page
}
