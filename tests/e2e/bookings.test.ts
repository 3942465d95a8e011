// Booking a studio hour end to end on Chromium: a shop with a studio (creator API) → a buyer in
// Berlin picks month → day → time in /az → checkout (system provider) → the confirmation shows the
// slot in /az and /ru with a working .ics download → the slot is no longer offered → the creator's
// /creator/bookings lists it and the studio's week calendar shows it → the buyer cancels it from
// the confirmation and the time is free again. axe on the picker and the calendar; screenshots
// bookings-*.png.
import { readFileSync } from "node:fs"
import { beforeAll, describe, expect, it } from "vitest"
import { backendApi, approvedShop, createOperator } from "./backend-api"
import { clock, holdFirstSlot, hourListing, offeredStarts, pickDayNextMonth, studioShop } from "./booking-shop"
import { DESKTOP, PHONE, screenshot } from "./browser"
import { enterBuyerDetails } from "./checkout"
import { shopStack } from "./shopping"
import { accessible, studioSignIn } from "./studio-pages"

const world = shopStack()
let api: ReturnType<typeof backendApi>
const operator = { email: "operator-bookings@creative-market.az", password: "operator-bookings-password" }
const stamp = Date.now().toString(36)

beforeAll(async () => {
  api = backendApi(world.stack.backendUrl, world.stack.publishableKey)
  await createOperator(operator)
}, 900_000)

describe("booking a studio hour on Chromium", () => {
  it("pick a slot in Berlin time → checkout → confirmation in /az and /ru with the .ics → the slot is gone → the creator sees it", async () => {
    const shop = await studioShop(api, operator, stamp)
    const context = await world.browser.newContext({ viewport: DESKTOP, timezoneId: "Europe/Berlin", acceptDownloads: true })
    const page = await context.newPage()
    page.setDefaultTimeout(60_000)

    await page.goto(`${world.stack.storefrontUrl}/az/account/register`)
    await page.fill("#first_name", "Aysel")
    await page.fill("#last_name", "Məmmədova")
    await page.fill("#email", `booker-${stamp}@example.az`)
    await page.fill("#password", "correct-horse-battery")
    await page.locator('main button[type="submit"]').click()
    await page.waitForURL("**/az/account")

    // month → day → time; the browser's zone joins the URL, times show in Berlin and in Baku
    await page.goto(`${world.stack.storefrontUrl}/az/products/${shop.product.handle}`)
    await page.waitForURL(/tz=Europe%2FBerlin/)
    const picker = page.locator('[data-testid="slot-picker"]')
    expect(await picker.textContent()).toContain("Europe/Berlin")
    await pickDayNextMonth(page, picker, 2)
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

    await page.goto(`${world.stack.storefrontUrl}/az/cart`)
    expect(await page.locator('[data-testid="booking-slot"]').textContent()).toContain(`${clock(start, "Asia/Baku")} (Asia/Baku)`)

    await enterBuyerDetails(page, world.stack.storefrontUrl, "az")
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
    const uid = /\r\nUID:([^\r]+)\r\n/.exec(ics)?.[1]
    expect(ics).toContain("BEGIN:VCALENDAR")
    expect(ics).toMatch(/\r\nUID:[^\r]+\r\n/)
    expect(ics).toContain(`DTSTART:${start.replace(/[-:]/g, "").replace(/\.\d{3}/, "")}`)

    await page.goto(page.url().replace("/az/", "/ru/"))
    expect(await page.locator("#bookings").textContent()).toBe("Ваши бронирования")
    expect(await booking.textContent()).toMatch(
      /\d+ (января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря) \d{4} г\./,
    )
    await screenshot(page, "bookings-ru-confirmation")

    await page.goto(`${world.stack.storefrontUrl}/az/account`)
    expect(await page.locator('section[aria-labelledby="orders"] [data-testid="booking-slot"]').first().textContent()).toContain(
      clock(start, "Asia/Baku"),
    )

    // the slot is no longer offered, on the page nor by the API
    await page.goto(pickerUrl)
    expect(await picker.locator('input[name="start"]').count()).toBeGreaterThan(0)
    expect(await picker.locator(`input[name="start"][value="${start}"]`).count()).toBe(0)
    expect(await offeredStarts(api, shop.product.id, start.slice(0, 10))).not.toContain(start)

    // the creator sees it
    const from = encodeURIComponent(new Date(Date.parse(start) - 86_400_000).toISOString())
    const to = encodeURIComponent(new Date(Date.parse(start) + 86_400_000).toISOString())
    const { bookings } = await api<{ bookings: { starts_at: string; status: string }[] }>(
      `/creator/bookings?from=${from}&to=${to}&resource_id=${shop.resource.id}`,
      { token: shop.token },
    )
    expect(bookings.map((b) => [new Date(b.starts_at).toISOString(), b.status])).toEqual([[start, "confirmed"]])

    // …and in the studio's week calendar, in the studio's zone
    const studio = await world.browser.newContext({ viewport: DESKTOP })
    const creator = await studioSignIn(world.stack.storefrontUrl, studio, "az", shop)
    await creator.goto(`${world.stack.storefrontUrl}/az/studio/bookings?week=${start.slice(0, 10)}`)
    const entry = creator.locator('[data-testid="studio-booking"]')
    await expect.poll(() => entry.count()).toBe(1)
    expect(await entry.textContent()).toContain(`${clock(start, "Asia/Baku")}–`)
    expect(await entry.textContent()).toContain(`Sound room ${stamp}`)
    expect(await entry.textContent()).toContain("Rezerv edilib")
    await screenshot(creator, "bookings-az-studio-week")
    await accessible(creator)

    // the buyer moves it to another day from the confirmation: the same calendar entry, the line and the studio's calendar follow
    await page.goto(confirmationUrl)
    await booking.getByRole("link", { name: "Başqa vaxta köçür" }).click()
    await page.waitForURL(/\/reschedule\?.*tz=Europe%2FBerlin/)
    const rescheduleUrl = page.url()
    const moving = page.locator('[data-testid="slot-picker"]')
    await pickDayNextMonth(page, moving, 4)
    const moved = (await moving.locator('input[name="start"]:checked').getAttribute("value"))!
    expect(moved.slice(0, 10)).not.toBe(start.slice(0, 10))
    await screenshot(page, "bookings-az-reschedule")
    await accessible(page)
    const pickedUrl = page.url()
    await page.setViewportSize(PHONE)
    await page.goto(pickedUrl.replace("/az/", "/ru/"))
    expect(await page.locator("h1").textContent()).toBe("Перенос бронирования")
    await screenshot(page, "bookings-ru-phone-reschedule")
    await page.setViewportSize(DESKTOP)
    await page.goto(pickedUrl)
    expect(await moving.locator('input[name="start"]:checked').getAttribute("value")).toBe(moved)
    await moving.getByRole("button", { name: "Rezervasiyanı bu vaxta köçür" }).click()
    await page.waitForURL(/rescheduled=/)
    expect(await page.locator('#bookings ~ [role="status"]').textContent()).toContain("Rezervasiya yeni vaxta köçürüldü")
    expect(await booking.textContent()).toContain(`${clock(moved, "Asia/Baku")}–`)
    // the order line shows the new slot too ("date, HH:MM" as the booking list writes it)
    const movedSlot = (await booking.locator("p").first().textContent())!.split("–")[0]!
    expect(await page.locator('#parts ~ div [data-testid="booking-slot"]').textContent()).toContain(movedSlot)
    const [movedDownload] = await Promise.all([page.waitForEvent("download"), booking.getByRole("link", { name: /\.ics/ }).click()])
    const movedIcs = readFileSync((await movedDownload.path())!, "utf8")
    expect(movedIcs).toContain(`UID:${uid}\r\n`)
    expect(movedIcs).toContain(`DTSTART:${moved.replace(/[-:]/g, "").replace(/\.\d{3}/, "")}`)
    expect(await offeredStarts(api, shop.product.id, start.slice(0, 10))).toContain(start)
    // the studio's calendar, filtered to this studio, shows the new time
    await creator.goto(`${world.stack.storefrontUrl}/az/studio/bookings?week=${moved.slice(0, 10)}&resource=${shop.resource.id}`)
    await expect.poll(() => entry.count()).toBe(1)
    expect(await entry.textContent()).toContain(`${clock(moved, "Asia/Baku")}–`)
    expect(await creator.locator("#bookings-resource").inputValue()).toBe(shop.resource.id)
    // a day's heading opens that day alone, the filter kept
    await creator
      .locator('[data-testid="booking-day"] h2 a')
      .nth((new Date(`${moved.slice(0, 10)}T00:00:00Z`).getUTCDay() + 6) % 7)
      .click()
    await creator.waitForURL(new RegExp(`day=${moved.slice(0, 10)}&resource=${shop.resource.id}`))
    // the URL changes a moment before the day view renders: wait for the page, not the address
    await expect.poll(() => creator.locator('[data-testid="booking-day"]').count()).toBe(1)
    expect(await entry.textContent()).toContain(`${clock(moved, "Asia/Baku")}–`)
    await screenshot(creator, "bookings-az-studio-day")
    await accessible(creator)
    await studio.close()
    await page.goto(`${world.stack.storefrontUrl}/az/account`)
    expect(await page.locator('section[aria-labelledby="orders"] [data-testid="booking-slot"]').first().textContent()).toContain(
      clock(moved, "Asia/Baku"),
    )
    expect(await page.getByRole("link", { name: "Rezervasiyanı köçür və ya ləğv et" }).count()).toBe(1)

    // outside the shop's window (changes until 60 days before) the page says until when, and offers no times
    await api(`/creator/resources/${shop.resource.id}`, { token: shop.token, body: { cancel_notice_hours: 24 * 60 } })
    await page.goto(rescheduleUrl)
    expect(await page.locator('main [role="status"]').textContent()).toContain("Bu rezervasiyanı artıq köçürmək olmaz")
    expect(await page.locator('[data-testid="slot-picker"]').count()).toBe(0)
    await page.goto(confirmationUrl)
    expect(await booking.getByRole("link", { name: "Başqa vaxta köçür" }).count()).toBe(0)
    await api(`/creator/resources/${shop.resource.id}`, { token: shop.token, body: { cancel_notice_hours: 24 } })

    // the buyer cancels inside the window: the booking says so and the time is offered again
    await page.goto(confirmationUrl)
    await booking.getByRole("button", { name: "Bu rezervasiyanı ləğv et" }).click()
    await expect.poll(() => page.locator('#bookings ~ [role="status"]').textContent()).toContain("Rezervasiya ləğv edildi")
    await expect.poll(() => booking.textContent()).toContain("Ləğv edilib")
    expect(await booking.getByRole("button").count()).toBe(0)
    await screenshot(page, "bookings-az-cancelled")
    expect(await offeredStarts(api, shop.product.id, moved.slice(0, 10))).toContain(moved)
    await context.close()
  }, 480_000)

  it("the creator sets up a studio in the studio: weekly hours, a holiday and a blocked morning the storefront no longer offers, a feed", async () => {
    const shop = await approvedShop(api, operator, "rooms", stamp)
    const context = await world.browser.newContext({ viewport: DESKTOP })
    const page = await studioSignIn(world.stack.storefrontUrl, context, "az", shop)
    await page.getByRole("navigation", { name: "Studiya" }).getByRole("link", { name: "Resurslar" }).click()
    await page.waitForURL("**/az/studio/resources")
    await accessible(page)
    await page.getByRole("link", { name: "Yeni resurs" }).click()
    await page.waitForURL("**/resources/new")
    expect(await page.inputValue("#f-timezone")).toBe("Asia/Baku")

    // a mistake is named next to its field, in Azerbaijani, and what was typed stays
    const name = `Dance hall ${stamp}`
    await page.fill("#f-name", name)
    for (const day of [1, 2, 3, 4, 5, 6, 7]) await page.fill(`#f-hours-${day}`, "09:00–13:00, 14:00–18:00")
    await page.fill("#f-hours-3", "9-18")
    await page.getByRole("button", { name: "Resursu yarat" }).click()
    await expect.poll(() => page.locator("#f-hours-3-error").textContent()).toContain("09:00–13:00 şəklində")
    expect(await page.getAttribute("#f-hours-3", "aria-invalid")).toBe("true")
    expect(await page.inputValue("#f-name")).toBe(name)
    expect(await page.inputValue("#f-hours-3")).toBe("9-18")
    await screenshot(page, "studio-az-resource-new-error")
    await accessible(page)
    await page.fill("#f-hours-3", "09:00–13:00, 14:00–18:00")
    await page.getByRole("button", { name: "Resursu yarat" }).click()
    await page.waitForURL(/\/resources\/bkres_\w+\?created=1/)
    const resourceId = /resources\/(bkres_\w+)/.exec(page.url())![1]!
    expect(await page.inputValue("#f-hours-3")).toBe("09:00–13:00, 14:00–18:00")

    // a holiday ten days ahead closes the whole day; the day after, the morning is blocked
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10)
    const [holiday, blocked] = [day(10), day(11)]
    const exceptions = page.locator('[data-testid="resource-exception"]')
    const addException = async (date: string, from = "", until = "") => {
      const before = await exceptions.count()
      await page.fill("#f-exception_date", date)
      await page.selectOption("#f-exception_kind", "closed")
      await page.fill("#f-exception_start_time", from)
      await page.fill("#f-exception_end_time", until)
      await page.getByRole("button", { name: "İstisnanı əlavə et" }).click()
      await expect.poll(() => exceptions.count(), { timeout: 30_000 }).toBe(before + 1)
      expect(await page.locator('[role="status"]').first().textContent()).toContain("İstisna əlavə edildi")
    }
    await addException(holiday)
    await addException(blocked, "09:00", "13:00")
    expect(await exceptions.last().textContent()).toContain("09:00–13:00")
    await screenshot(page, "studio-az-resource")
    await accessible(page)

    // the storefront offers nothing on the holiday and only the afternoon the day after
    const product = await hourListing(api, shop.token, resourceId, `Dance class ${stamp}`)
    const slots = async (date: string) => (await offeredStarts(api, product.id, date)).map((start) => clock(start, "Asia/Baku"))
    expect(await slots(holiday)).toEqual([])
    expect(await slots(blocked)).toEqual(["14:00", "15:00", "16:00", "17:00"])
    expect(await slots(day(12))).toEqual(["09:00", "10:00", "11:00", "12:00", "14:00", "15:00", "16:00", "17:00"])
    const buyer = await context.newPage()
    await buyer.goto(`${world.stack.storefrontUrl}/az/products/${product.handle}?month=${holiday.slice(0, 7)}&tz=Asia%2FBaku`)
    const days = await buyer.locator('[data-testid="slot-picker"] table a').allTextContents()
    expect(days).not.toContain(String(Number(holiday.slice(8))))
    await buyer.close()

    // closing a day that holds a buyer's slot: it stays held, and the page says so, with the day's calendar a click away
    const later = day(13)
    const start = await holdFirstSlot(api, product, later)
    await addException(later)
    const closed = page.locator('[data-testid="closed-bookings"]')
    expect(await closed.textContent()).toContain(`, ${clock(start, "Asia/Baku")} · Alıcının səbətində saxlanılır`)
    expect(await page.locator('[role="status"]').first().textContent()).toContain("bağladığınız vaxtda bron: 1.")
    expect(await page.getByRole("link", { name: "Bu günü təqvimdə açın" }).getAttribute("href")).toBe(
      `/az/studio/bookings?resource=${resourceId}&day=${later}`,
    )
    await screenshot(page, "studio-az-resource-closed-with-booking")

    // the private feed: shown once, works, and stops working when turned off
    await page.getByRole("button", { name: "Lent ünvanı yarat" }).click()
    const feedUrl = await page.locator("#feed-url").inputValue()
    const feed = await fetch(feedUrl)
    expect([feed.status, (await feed.text()).slice(0, 15)]).toEqual([200, "BEGIN:VCALENDAR"])
    await page.getByRole("button", { name: "Lenti söndür" }).click()
    await expect.poll(() => page.locator('[role="status"]').first().textContent()).toContain("Lent söndürüldü")
    expect((await fetch(feedUrl)).status).toBe(404)

    await page.goto(`${world.stack.storefrontUrl}/ru/studio/resources/${resourceId}`)
    await screenshot(page, "studio-ru-resource")
    await page.setViewportSize(PHONE)
    await page.goto(`${world.stack.storefrontUrl}/az/studio/resources`)
    await screenshot(page, "studio-az-phone-resources")

    // Russian on a phone
    await page.goto(`${world.stack.storefrontUrl}/ru/studio/resources/${resourceId}`)
    expect(await page.locator("#exceptions-title").textContent()).toBe("Исключения и заблокированное время")
    await screenshot(page, "studio-ru-phone-resource")
    await accessible(page)
    await page.goto(`${world.stack.storefrontUrl}/ru/studio/resources`)
    expect(await page.locator('[data-testid="resource"]').textContent()).toContain(name)
    await screenshot(page, "studio-ru-phone-resources")
    await context.close()
  }, 300_000)

  it("the centre's demo studio offers times in Russian", async () => {
    const page = await world.browser.newPage({ viewport: DESKTOP })
    await page.goto(`${world.stack.storefrontUrl}/ru/products/centre-photo-studio`)
    const picker = page.locator('[data-testid="slot-picker"]')
    expect(await picker.locator("h2").textContent()).toContain("Выберите время")
    expect(await picker.locator('input[name="start"]').count()).toBeGreaterThan(0)
    await screenshot(page, "bookings-ru-centre")
    await accessible(page)
    await page.close()
  })
})
