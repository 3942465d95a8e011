// What the studio's browser tests share: signing in as a creator, axe, and the phone-width check.
import type { Browser, BrowserContext, Page } from "playwright-core"
import { beforeAll, expect } from "vitest"
import { createDemoCreator } from "./backend-api"
import { seriousViolations } from "./browser"
import { shopStack } from "./shopping"
import type { Stack } from "./stack"

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

export type StudioStack = { stack: Stack; browser: Browser; demo: { email: string; password: string } }

/** A studio test file's world: the buyer's (the stack and Chromium) and the demo creator `npm start` prints; started before the file's tests. */
export function studioStack(): StudioStack {
  const world = shopStack() as StudioStack
  beforeAll(async () => {
    world.demo = await createDemoCreator("demo-creator-e2e-password")
  }, 900_000)
  return world
}
