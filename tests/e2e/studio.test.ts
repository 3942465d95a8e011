// The creator studio end to end on Chromium: apply → an operator approves (admin API) → a physical
// and a digital listing with images → published → buyers find them on the product page and in
// search; another creator gets 404 on them; /az, /ru, phone width, axe, screenshots studio-*.png.
import { mkdirSync } from "node:fs"
import { deflateSync, crc32 } from "node:zlib"
import type { Browser, BrowserContext, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { createOperator } from "./backend-api"
import { DESKTOP, launch, PHONE, screenshot, screenshotsDir, seriousViolations } from "./browser"
import { startStack, type Stack } from "./stack"

let stack: Stack
let browser: Browser
const operator = { email: "operator-e2e@creative-market.az", password: "operator-e2e-password" }
const stamp = Date.now().toString(36)

async function api<T>(path: string, init: { method?: string; token?: string; body?: unknown } = {}): Promise<T> {
  const response = await fetch(`${stack.backendUrl}${path}`, {
    method: init.method ?? (init.body ? "POST" : "GET"),
    headers: { "content-type": "application/json", ...(init.token ? { authorization: `Bearer ${init.token}` } : {}) },
    body: init.body ? JSON.stringify(init.body) : undefined,
  })
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`)
  return response.json() as Promise<T>
}

/** A small solid-colour PNG (the backend decodes and re-encodes every image, so it must be a real one). */
function png(rgb: [number, number, number], size = 64) {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type), data])
    const out = Buffer.alloc(body.length + 8)
    out.writeUInt32BE(data.length, 0)
    body.copy(out, 4)
    out.writeUInt32BE(crc32(body) >>> 0, body.length + 4)
    return out
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header.set([8, 2, 0, 0, 0], 8)
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(size * 3).map((_, i) => rgb[i % 3]!)])
  const pixels = deflateSync(Buffer.concat(Array.from({ length: size }, () => row)))
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", header),
    chunk("IDAT", pixels),
    chunk("IEND", Buffer.alloc(0)),
  ])
}

async function accessible(page: Page) {
  expect(await seriousViolations(page)).toEqual([])
}

async function apply(page: Page, locale: string, shop: { handle: string; name: string; email: string }) {
  await page.goto(`${stack.storefrontUrl}/${locale}/studio/apply`)
  await page.fill('[name="account_email"]', shop.email)
  await page.fill('[name="password"]', "ipek-yolu-xalca-2026")
  await page.fill('[name="handle"]', shop.handle)
  await page.fill('[name="name"]', shop.name)
  await page.fill('[name="bio.en"]', "Hand-hammered copper from Lahij.")
  await page.fill('[name="bio.az"]', "Lahıcdan əl işi mis qablar.")
  await page.selectOption('[name="programme"]', "crafts")
  await page.check('input[name="legal_type"][value="company"]')
  await page.fill('[name="tax_id"]', "1234567890")
}

async function signIn(context: BrowserContext, locale: string, email: string) {
  const page = await context.newPage()
  await page.goto(`${stack.storefrontUrl}/${locale}/studio/login`)
  await page.fill("#email", email)
  await page.fill("#password", "ipek-yolu-xalca-2026")
  await page.locator('main button[type="submit"]').click()
  await page.waitForURL(`**/${locale}/studio`)
  return page
}

/** Creates a listing through the studio's form, adds an image (and a file), publishes it; returns its id and store link. */
async function list(page: Page, kind: "physical" | "digital", title: string, titleAz: string) {
  await page.goto(`${stack.storefrontUrl}/en/studio/products/new?kind=${kind}`)
  await page.fill('[name="title"]', title)
  await page.fill('[name="tr.title.az"]', titleAz)
  await page.fill('[name="tr.title.ru"]', `${title} (ru)`)
  await page.fill('[name="description"]', `${title}: made for the e2e journey.`)
  await page.fill('[name="price.azn"]', kind === "physical" ? "120" : "15")
  await page.fill('[name="price.usd"]', kind === "physical" ? "70.50" : "9")
  if (kind === "physical") await page.fill('[name="stock"]', "2")
  await page.locator('main form button[type="submit"]').last().click()
  await page.waitForURL(/\/en\/studio\/products\/prod_\w+\?created=1/)
  const id = /products\/(prod_\w+)/.exec(page.url())![1]!
  await page.setInputFiles("#upload-images", {
    name: "jug.png",
    mimeType: "image/png",
    buffer: png(kind === "physical" ? [180, 35, 60] : [40, 90, 160]),
  })
  await expect.poll(() => page.locator('section[aria-labelledby="images-heading"] img').count(), { timeout: 30_000 }).toBe(1)
  if (kind === "digital") {
    await page.setInputFiles("#upload-files", {
      name: "sample-pack.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("%PDF-1.4\n% e2e sample\n"),
    })
    await expect.poll(() => page.locator('section[aria-labelledby="files-heading"] li').count(), { timeout: 30_000 }).toBe(1)
  }
  await page.locator('main button[name="intent"][value="publish"]').first().click()
  await expect.poll(() => page.locator('a[href^="/en/products/"]').count(), { timeout: 20_000 }).toBe(1)
  // the new listing's "saved as a draft" notice does not outlive the first action on the page
  expect(await page.getByText("Saved as a draft.").count()).toBe(0)
  const href = (await page.locator('a[href^="/en/products/"]').getAttribute("href"))!
  return { id, href }
}

beforeAll(async () => {
  mkdirSync(screenshotsDir, { recursive: true })
  stack = await startStack((line) => console.log(`e2e: ${line}`))
  await createOperator(operator)
  browser = await launch()
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await stack?.stop()
})

describe("the creator studio", () => {
  it("takes a creator from applying to two published listings that buyers find, and keeps them from another creator", async () => {
    const context = await browser.newContext({ viewport: DESKTOP })
    const page = await context.newPage()
    const email = `lahij-${stamp}@example.az`
    const handle = `lahij-copper-${stamp}`

    // apply: a mistake first (the VÖEN), kept values, then the application goes in
    await apply(page, "en", { handle, name: "Lahij Copper", email })
    await page.fill('[name="tax_id"]', "12345")
    await page.locator('main button[type="submit"]').click()
    await expect.poll(() => page.locator("#f-tax_id-error").textContent()).toBe("A VÖEN is exactly 10 digits.")
    expect(await page.inputValue('[name="name"]')).toBe("Lahij Copper")
    await screenshot(page, "studio-apply-error")
    await accessible(page)
    await page.fill('[name="tax_id"]', "1234567890")
    await page.locator('main button[type="submit"]').click()
    await page.waitForURL("**/en/studio")
    // the URL changes before React commits the new page: wait for its text, not just the address
    await expect.poll(() => page.locator("main").textContent(), { timeout: 10_000 }).toContain("being reviewed")

    // the operator approves through the admin API
    const { token: creatorToken } = await api<{ token: string }>("/auth/creator/emailpass", {
      body: { email, password: "ipek-yolu-xalca-2026" },
    })
    const { shops } = await api<{ shops: { id: string }[] }>("/creator/me", { token: creatorToken })
    const { token: adminToken } = await api<{ token: string }>("/auth/user/emailpass", { body: operator })
    await api(`/admin/creators/${shops[0]!.id}/approve`, { token: adminToken, body: {} })
    await page.reload()
    expect(await page.locator("main").textContent()).toContain("approved and open to buyers")
    await screenshot(page, "studio-home")
    await accessible(page)

    const physical = await list(page, "physical", `Copper jug ${stamp}`, `Mis səhəng ${stamp}`)
    await screenshot(page, "studio-product")
    await accessible(page)
    const digital = await list(page, "digital", `Mugham sample pack ${stamp}`, `Muğam nümunələri ${stamp}`)

    await page.goto(`${stack.storefrontUrl}/en/studio/products?kind=digital`)
    expect(await page.locator("main ul li").count()).toBe(1)
    await page.goto(`${stack.storefrontUrl}/en/studio/products`)
    await screenshot(page, "studio-products")
    await accessible(page)
    await page.goto(`${stack.storefrontUrl}/en/studio/team`)
    await accessible(page)

    // buyers see both, in their language, and find them in search
    const buyer = await browser.newContext({ viewport: DESKTOP })
    const shopper = await buyer.newPage()
    for (const listing of [physical, digital]) {
      expect((await shopper.goto(`${stack.storefrontUrl}${listing.href}`))!.status()).toBe(200)
    }
    await shopper.goto(`${stack.storefrontUrl}${physical.href.replace("/en/", "/az/")}`)
    expect(await shopper.locator("h1").textContent()).toBe(`Mis səhəng ${stamp}`)
    await expect
      .poll(
        async () => {
          await shopper.goto(`${stack.storefrontUrl}/en/search?q=${stamp}`)
          return shopper.locator(`main a[href="${physical.href}"], main a[href="${digital.href}"]`).count()
        },
        { timeout: 30_000, interval: 1_000 },
      )
      .toBeGreaterThanOrEqual(2)

    // another creator: the first creator's listings are not found
    const other = await browser.newContext({ viewport: DESKTOP })
    const otherPage = await other.newPage()
    await apply(otherPage, "en", { handle: `other-${stamp}`, name: "Other Studio", email: `other-${stamp}@example.az` })
    await otherPage.locator('main button[type="submit"]').click()
    await otherPage.waitForURL("**/en/studio")
    for (const id of [physical.id, digital.id]) {
      expect((await otherPage.goto(`${stack.storefrontUrl}/en/studio/products/${id}`))!.status()).toBe(404)
    }
    await Promise.all([context.close(), buyer.close(), other.close()])

    // the studio in Azerbaijani and in Russian at phone width
    const az = await browser.newContext({ viewport: DESKTOP })
    const azPage = await signIn(az, "az", email)
    // the URL changes before React commits the new page: wait for its heading, not just the address
    await expect.poll(() => azPage.locator("main h1").textContent(), { timeout: 10_000 }).toBe("Studiyanın əsas səhifəsi")
    await screenshot(azPage, "studio-az-home")
    await accessible(azPage)
    await az.close()

    const phone = await browser.newContext({ viewport: PHONE })
    const ruPage = await signIn(phone, "ru", email)
    await ruPage.goto(`${stack.storefrontUrl}/ru/studio/products`)
    expect(await ruPage.locator("main h1").textContent()).toBe("Товары")
    expect(await ruPage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width)
    await screenshot(ruPage, "studio-ru-phone-products")
    await accessible(ruPage)
    await ruPage.goto(`${stack.storefrontUrl}/ru/studio/products/${physical.id}`)
    expect(await ruPage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width)
    await screenshot(ruPage, "studio-ru-phone-product")
    await accessible(ruPage)
    await phone.close()
  }, 240_000)
})
