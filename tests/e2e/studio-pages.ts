// What the studio's browser tests share: signing in as a creator, axe, and the phone-width check.
import { mkdirSync } from "node:fs"
import type { Browser, BrowserContext, Page } from "playwright-core"
import { afterAll, beforeAll, expect } from "vitest"
import { createDemoCreator } from "./backend-api"
import { launch, screenshotsDir, seriousViolations } from "./browser"
import { startStack, type Stack } from "./stack"

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

/** A studio test file's world: the stack, the demo creator `npm start` prints, and Chromium; started before the file's tests, stopped after. */
export function studioStack(): StudioStack {
  const world = {} as StudioStack
  beforeAll(async () => {
    mkdirSync(screenshotsDir, { recursive: true })
    world.stack = await startStack((line) => console.log(`e2e: ${line}`))
    world.demo = await createDemoCreator("demo-creator-e2e-password")
    world.browser = await launch()
  }, 900_000)
  afterAll(async () => {
    await world.browser?.close()
    await world.stack?.stop()
  })
  return world
}
