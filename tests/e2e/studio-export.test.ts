// The studio's export readiness, home chart and money page on Chromium, as the demo creator: a bad
// GTIN is refused next to its field in /az with the other values kept → fixed, the readiness lists
// what is left, each reason a working link to its field → the home flags the unready export (in
// Azerbaijani) and charts the seeded order → the money page without Stripe keys offers no Connect
// button. /az and /ru, desktop and phone width, axe on each page, screenshots studio-export-*.png.
import type { BrowserContext } from "playwright-core"
import { describe, expect, it } from "vitest"
import { backendApi } from "./backend-api"
import { DESKTOP, PHONE, screenshot } from "./browser"
import { accessible, fits, studioSignIn as signIn, studioStack } from "./studio-pages"

const studio = studioStack()

type Product = { id: string; title: string; listing?: { kind: string } | null; variants?: unknown[] }
type Order = { id: string; created_at: string; currency_code: string; total: number; status: string }

const studioSignIn = (context: BrowserContext, locale: string) => signIn(studio.stack.storefrontUrl, context, locale, studio.demo)

/** The demo shop's physical listing with the most variants (a carpet in several sizes), its latest order and the listing's Azerbaijani title. */
async function demoShop() {
  const api = backendApi(studio.stack.backendUrl)
  const { token } = await api<{ token: string }>("/auth/creator/emailpass", { body: studio.demo })
  const { products } = await api<{ products: Product[] }>("/creator/products?limit=100", { token })
  const physical = products.filter((p) => p.listing?.kind === "physical")
  const product = physical.sort((a, b) => (b.variants?.length ?? 0) - (a.variants?.length ?? 0))[0]
  if (!product) throw new Error("the demo shop has no physical listing")
  const { orders } = await api<{ orders: Order[] }>("/creator/orders?limit=1", { token })
  const detail = await api<{ product: { translations?: Record<string, { title?: string }> } }>(`/creator/products/${product.id}`, { token })
  return { product, order: orders[0], titleAz: detail.product.translations?.az?.title ?? product.title }
}

const bakuDay = (instant: string) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Baku", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(instant))

describe("the studio's export readiness, home and money", () => {
  it("a bad GTIN is refused next to its field in Azerbaijani; once fixed, readiness links every reason to its field", async () => {
    const { product, order, titleAz } = await demoShop()
    const context = await studio.browser.newContext({ viewport: DESKTOP })
    const page = await studioSignIn(context, "az")

    // the listing's page leads to its export screen
    await page.goto(`${studio.stack.storefrontUrl}/az/studio/products/${product.id}`)
    await page.locator(`a[href="/az/studio/products/${product.id}/export"]`).click()
    await page.waitForURL(`**/az/studio/products/${product.id}/export`)
    await page.waitForLoadState("networkidle")
    await accessible(page)

    // a wrong check digit, a weight with a unit, made before 1960 and no origin: the GTIN and the
    // weight are refused in the same answer (not the GTIN only once the weight is fixed), nothing typed is lost
    const weight = await page.inputValue("#f-weight_g")
    await page.fill("#f-weight_g", "2,5 kq")
    await page.fill("#f-gtin", "4006381333932")
    await page.fill("#f-production_year", "1950")
    await page.fill("#f-origin_country", "")
    await page.fill("#f-cultural_certificate_number", "")
    await page.fill("#f-cultural_certificate_date", "")
    await page.fill("#f-maker", "Səkinə Əliyeva")
    await page.locator('main form[method="post"] button[type="submit"]').click()
    await expect
      .poll(() => page.locator("#f-gtin-error").textContent(), { timeout: 20_000 })
      .toBe("Bu GTIN-in yoxlama rəqəmi səhvdir: ştrix-koddakı nömrəni yoxlayın.")
    expect(await page.locator("#f-gtin").getAttribute("aria-invalid")).toBe("true")
    expect(await page.locator("#f-gtin").getAttribute("aria-describedby")).toContain("f-gtin-error")
    expect(await page.locator("#f-weight_g-error").count()).toBe(1)
    expect(await page.inputValue("#f-weight_g")).toBe("2,5 kq")
    expect(await page.inputValue("#f-gtin")).toBe("4006381333932")
    expect(await page.inputValue("#f-production_year")).toBe("1950")
    expect(await page.inputValue("#f-maker")).toBe("Səkinə Əliyeva")
    // a carpet's sizes each have their own barcode, weight and size inputs
    expect(await page.locator('main form input[name^="v."][name$=".gtin"]').count()).toBeGreaterThan(1)
    await screenshot(page, "studio-export-az-gtin-error")
    await accessible(page)

    // fixed: saved, and each market says what is still missing, in Azerbaijani, linked to the field
    await page.fill("#f-gtin", "4006381333931")
    await page.fill("#f-weight_g", weight)
    await page.locator('main form[method="post"] button[type="submit"]').click()
    await expect.poll(() => page.locator('main form [role="status"]').textContent(), { timeout: 20_000 }).toBe("Yadda saxlanıldı.")
    expect(await page.locator("#f-gtin-error").count()).toBe(0)
    const markets = page.locator('[data-testid="market"]')
    await expect.poll(() => markets.first().textContent()).toContain("Hazır deyil")
    expect(await markets.count()).toBeGreaterThan(0)
    for (const market of await markets.all()) {
      expect(await market.textContent()).toContain("Hazır deyil")
      expect(await market.locator('a[href="#f-origin_country"]').textContent()).toBe("Mənşə ölkəsini əlavə edin.")
      expect(await market.locator('a[href="#f-cultural_certificate_date"]').count()).toBe(1)
    }
    // every reason's link reaches an input of this page or a section of the listing's page
    const hrefs = await page.locator('[data-testid="market"] li a').evaluateAll((links) => links.map((a) => a.getAttribute("href")!))
    for (const href of hrefs.filter((h) => h.startsWith("#"))) expect(await page.locator(href).count(), href).toBe(1)
    await page.locator('[data-testid="market"] a[href="#f-origin_country"]').first().click()
    await expect.poll(() => page.evaluate(() => location.hash)).toBe("#f-origin_country")
    expect(await page.locator("#f-origin_country").isVisible()).toBe(true)
    await screenshot(page, "studio-export-az-readiness")
    await accessible(page)

    // the certificate's scan is uploaded below the form: a wrong type is refused, a PDF is kept privately
    await page.setInputFiles("#upload-certificate", { name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("not a scan") })
    await expect.poll(() => page.locator('#f-cultural_certificate_file [role="alert"]').count(), { timeout: 20_000 }).toBe(1)
    await page.setInputFiles("#upload-certificate", {
      name: "sertifikat.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("%PDF-1.4\n% e2e certificate\n"),
    })
    await expect.poll(() => page.locator("#f-cultural_certificate_file").textContent(), { timeout: 20_000 }).toContain("sertifikat.pdf")
    await accessible(page)

    // the home: the export is flagged under its Azerbaijani title, and the seeded order is on the chart
    await page.goto(`${studio.stack.storefrontUrl}/az/studio`)
    const unready = page.locator(`main a[href="/az/studio/products/${product.id}/export"]`)
    await expect.poll(() => unready.textContent(), { timeout: 20_000 }).toBe(titleAz)
    expect(order, "the seed gives the demo shop an order").toBeDefined()
    const bar = page.locator(`[data-testid="sales-${order!.currency_code}"] rect[data-day="${bakuDay(order!.created_at)}"]`)
    expect(Number(await bar.getAttribute("data-total"))).toBeGreaterThanOrEqual(order!.total)
    expect(await page.locator('[data-testid^="sales-"] svg[role="img"]').first().getAttribute("aria-label")).toMatch(/sifariş/)
    await screenshot(page, "studio-export-az-home")
    await accessible(page)

    // money without Stripe keys: the balance, no Connect button, payouts by bank transfer
    await page.goto(`${studio.stack.storefrontUrl}/az/studio/money`)
    await expect.poll(() => page.locator('[data-testid="payout-method"]').textContent()).toContain("bank köçürməsi")
    expect(await page.locator('button[name="intent"][value="connect"]').count()).toBe(0)
    for (const label of ["Qazanılıb", "Saxlanılır", "Mövcuddur", "Ödənilib", "Geri qaytarılıb"])
      expect(await page.locator("main").textContent()).toContain(label)
    await screenshot(page, "studio-export-az-money")
    await accessible(page)

    // /ru and /az at phone and desktop width: the same pages fit and pass axe
    for (const [locale, width] of [
      ["ru", "phone"],
      ["ru", "desktop"],
      ["az", "phone"],
    ] as const) {
      const other = await studio.browser.newContext(
        width === "phone" ? { viewport: PHONE, isMobile: true, hasTouch: true } : { viewport: DESKTOP },
      )
      const view = await studioSignIn(other, locale)
      for (const [path, name] of [
        [`/products/${product.id}/export`, "export"],
        ["", "home"],
        ["/money", "money"],
        [`/products/${product.id}`, "product"],
      ] as const) {
        await view.goto(`${studio.stack.storefrontUrl}/${locale}/studio${path}`)
        await view.waitForLoadState("networkidle")
        if (width === "phone") expect(await fits(view), path).toBeLessThanOrEqual(PHONE.width)
        await screenshot(view, `studio-export-${locale}-${width}-${name}`)
        await accessible(view)
      }
      await other.close()
    }
    await context.close()
  }, 480_000)
})
