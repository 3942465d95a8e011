// Booking a studio hour end to end on Chromium: a shop with a studio (creator API) → a buyer in
// Berlin picks month → day → time in /az → checkout (system provider) → the confirmation shows the
// slot in /az and /ru with a working .ics download → the slot is no longer offered → the creator's
// /creator/bookings lists it and the studio's week calendar shows it → the buyer cancels it from
// the confirmation and the time is free again. axe on the picker and the calendar; screenshots
// bookings-*.png.
import { mkdirSync, readFileSync } from "node:fs"
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { backendApi, createOperator } from "./backend-api"
import { DESKTOP, launch, screenshot, screenshotsDir, seriousViolations } from "./browser"
import { enterBakuAddress } from "./checkout"
import { startStack, type Stack } from "./stack"

let stack: Stack
let browser: Browser
let api: ReturnType<typeof backendApi>
const operator = { email: "operator-bookings@creative-market.az", password: "operator-bookings-password" }
const stamp = Date.now().toString(36)
const prices = [
  { currency_code: "azn", amount: 40 },
  { currency_code: "eur", amount: 22 },
  { currency_code: "usd", amount: 24 },
]

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

/** An approved shop with a studio open every day 09:00–21:00 (Baku) and a one-hour listing booked on it. */
async function studioShop() {
  const email = `studio-${stamp}@example.az`
  const password = "ipek-yolu-xalca-2026"
  const { token: registration } = await api<{ token: string }>("/auth/creator/emailpass/register", { body: { email, password } })
  const { creator } = await api<{ creator: { id: string } }>("/creator/signup", {
    token: registration,
    body: {
      member: { name: "Owner" },
      shop: { name: `Studio ${stamp}`, handle: `studio-${stamp}`, programme: "music", legal_type: "individual", email },
    },
  })
  const { token: adminToken } = await api<{ token: string }>("/auth/user/emailpass", { body: operator })
  await api(`/admin/creators/${creator.id}/approve`, { token: adminToken, body: {} })
  const { token } = await api<{ token: string }>("/auth/creator/emailpass", { body: { email, password } })
  const opening_hours = [1, 2, 3, 4, 5, 6, 7].map((day) => ({ day, opens: "09:00", closes: "21:00" }))
  const { resource } = await api<{ resource: { id: string } }>("/creator/resources", {
    token,
    body: { name: `Sound room ${stamp}`, opening_hours, window_days: 90, min_notice_minutes: 60 },
  })
  const { product } = await api<{ product: { id: string; handle: string; variants: { id: string }[] } }>("/creator/products", {
    token,
    body: {
      kind: "service",
      title: `Recording hour ${stamp}`,
      service: { delivery: "onsite", lead_time_days: 0, date_required: false },
      variants: [{ title: "1 hour", prices }],
    },
  })
  await api(`/creator/products/${product.id}/publish`, { token, body: {} })
  await api(`/creator/resources/${resource.id}/offerings`, {
    token,
    body: { variant_id: product.variants[0]!.id, mode: "slot", duration_minutes: 60, grid_minutes: 60 },
  })
  return { token, email, password, product, resource }
}

/** Wall-clock "HH:MM" of an instant in a zone. */
const clock = (at: string, zone: string) =>
  new Intl.DateTimeFormat("en-GB", { timeZone: zone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(new Date(at))

async function accessible(page: Page) {
  expect(await seriousViolations(page)).toEqual([])
}

describe("booking a studio hour on Chromium", () => {
  it("pick a slot in Berlin time → checkout → confirmation in /az and /ru with the .ics → the slot is gone → the creator sees it", async () => {
    const shop = await studioShop()
    const context = await browser.newContext({ viewport: DESKTOP, timezoneId: "Europe/Berlin", acceptDownloads: true })
    const page = await context.newPage()
    page.setDefaultTimeout(60_000)

    await page.goto(`${stack.storefrontUrl}/az/account/register`)
    await page.fill("#first_name", "Aysel")
    await page.fill("#last_name", "Məmmədova")
    await page.fill("#email", `booker-${stamp}@example.az`)
    await page.fill("#password", "correct-horse-battery")
    await page.locator('main button[type="submit"]').click()
    await page.waitForURL("**/az/account")

    // month → day → time; the browser's zone joins the URL, times show in Berlin and in Baku
    await page.goto(`${stack.storefrontUrl}/az/products/${shop.product.handle}`)
    await page.waitForURL(/tz=Europe%2FBerlin/)
    const picker = page.locator('[data-testid="slot-picker"]')
    expect(await picker.textContent()).toContain("Europe/Berlin")
    await picker.getByRole("link", { name: "Növbəti ay" }).click()
    await page.waitForURL(/month=/)
    await picker.locator("table a").nth(2).click()
    await page.waitForURL(/day=/)
    await expect.poll(() => picker.locator('table a[aria-current="date"]').count()).toBe(1)
    // the keyboard moves through the times
    await picker.locator('input[name="start"]').first().focus()
    await page.keyboard.press("ArrowRight")
    const start = (await picker.locator('input[name="start"]:checked').getAttribute("value"))!
    const pickerUrl = page.url()
    const label = await picker.locator('label:has(input[name="start"]:checked)').textContent()
    expect(label).toContain(clock(start, "Europe/Berlin"))
    expect(label).toContain(`studiya: ${clock(start, "Asia/Baku")}`)
    await screenshot(page, "bookings-az-picker")
    await accessible(page)
    await picker.getByRole("button", { name: "Bu vaxtı səbətə əlavə et" }).click()
    await expect.poll(() => picker.locator('[role="status"]').textContent(), { timeout: 60_000 }).toContain("Səbətə bax")

    await page.goto(`${stack.storefrontUrl}/az/cart`)
    expect(await page.locator('[data-testid="booking-slot"]').textContent()).toContain(`${clock(start, "Asia/Baku")} (Asia/Baku)`)

    await enterBakuAddress(page, stack.storefrontUrl, "az")
    await page.waitForSelector('input[name="intent"][value="place"]', { state: "attached" })
    await page.locator('input[name="intent"][value="place"] ~ button[type="submit"]').click()
    await page.waitForURL(/\/az\/orders\//)
    const confirmationUrl = page.url()

    const booking = page.locator('[data-testid="booking"]')
    expect(await booking.textContent()).toContain(`${clock(start, "Asia/Baku")}–`)
    await screenshot(page, "bookings-az-confirmation")
    await accessible(page)
    const [download] = await Promise.all([page.waitForEvent("download"), booking.getByRole("link", { name: /\.ics/ }).click()])
    const ics = readFileSync((await download.path())!, "utf8")
    expect(ics).toContain("BEGIN:VCALENDAR")
    expect(ics).toMatch(/\r\nUID:[^\r]+\r\n/)
    expect(ics).toContain(`DTSTART:${start.replace(/[-:]/g, "").replace(/\.\d{3}/, "")}`)

    await page.goto(page.url().replace("/az/", "/ru/"))
    expect(await page.locator("#bookings").textContent()).toBe("Ваши бронирования")
    expect(await booking.textContent()).toMatch(
      /\d+ (января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря) \d{4} г\./,
    )
    await screenshot(page, "bookings-ru-confirmation")

    await page.goto(`${stack.storefrontUrl}/az/account`)
    expect(await page.locator('section[aria-labelledby="orders"] [data-testid="booking-slot"]').first().textContent()).toContain(
      clock(start, "Asia/Baku"),
    )

    // the slot is no longer offered, on the page nor by the API
    await page.goto(pickerUrl)
    expect(await picker.locator('input[name="start"]').count()).toBeGreaterThan(0)
    expect(await picker.locator(`input[name="start"][value="${start}"]`).count()).toBe(0)
    const { variants } = await api<{ variants: { slots: { start: string }[] }[] }>(
      `/store/products/${shop.product.id}/availability?from=${start.slice(0, 10)}&to=${start.slice(0, 10)}`,
    )
    expect(variants[0]!.slots.map((s) => s.start)).not.toContain(start)

    // the creator sees it
    const from = encodeURIComponent(new Date(Date.parse(start) - 86_400_000).toISOString())
    const to = encodeURIComponent(new Date(Date.parse(start) + 86_400_000).toISOString())
    const { bookings } = await api<{ bookings: { starts_at: string; status: string }[] }>(
      `/creator/bookings?from=${from}&to=${to}&resource_id=${shop.resource.id}`,
      { token: shop.token },
    )
    expect(bookings.map((b) => [new Date(b.starts_at).toISOString(), b.status])).toEqual([[start, "confirmed"]])

    // …and in the studio's week calendar, in the studio's zone
    const studio = await browser.newContext({ viewport: DESKTOP })
    const creator = await studio.newPage()
    creator.setDefaultTimeout(60_000)
    await creator.goto(`${stack.storefrontUrl}/az/studio/login`)
    await creator.fill("#email", shop.email)
    await creator.fill("#password", shop.password)
    await creator.locator('main button[type="submit"]').click()
    await creator.waitForURL("**/az/studio")
    await creator.goto(`${stack.storefrontUrl}/az/studio/bookings?week=${start.slice(0, 10)}`)
    const entry = creator.locator('[data-testid="studio-booking"]')
    await expect.poll(() => entry.count()).toBe(1)
    expect(await entry.textContent()).toContain(`${clock(start, "Asia/Baku")}–`)
    expect(await entry.textContent()).toContain(`Sound room ${stamp}`)
    expect(await entry.textContent()).toContain("Rezerv edilib")
    await screenshot(creator, "bookings-az-studio-week")
    await accessible(creator)
    await studio.close()

    // the buyer cancels inside the window: the booking says so and the time is offered again
    await page.goto(confirmationUrl)
    await booking.getByRole("button", { name: "Bu rezervasiyanı ləğv et" }).click()
    await expect.poll(() => page.locator('#bookings ~ [role="status"]').textContent()).toContain("Rezervasiya ləğv edildi")
    await expect.poll(() => booking.textContent()).toContain("Ləğv edilib")
    expect(await booking.getByRole("button").count()).toBe(0)
    await screenshot(page, "bookings-az-cancelled")
    const again = await api<{ variants: { slots: { start: string }[] }[] }>(
      `/store/products/${shop.product.id}/availability?from=${start.slice(0, 10)}&to=${start.slice(0, 10)}`,
    )
    expect(again.variants[0]!.slots.map((s) => s.start)).toContain(start)
    await context.close()
  }, 480_000)

  it("the centre's demo studio offers times in Russian", async () => {
    const page = await browser.newPage({ viewport: DESKTOP })
    await page.goto(`${stack.storefrontUrl}/ru/products/centre-photo-studio`)
    const picker = page.locator('[data-testid="slot-picker"]')
    expect(await picker.locator("h2").textContent()).toContain("Выберите время")
    expect(await picker.locator('input[name="start"]').count()).toBeGreaterThan(0)
    await screenshot(page, "bookings-ru-centre")
    await accessible(page)
    await page.close()
  })
})
