// What the booking journeys set up and read around the pages: a shop with a studio open every day
// and a one-hour listing booked on it (through the creator API), the times the store offers, a day
// picked in next month's calendar, and wall-clock times in a zone.
import type { Locator, Page } from "playwright-core"
import { expect } from "vitest"
import { approvedShop, type backendApi } from "./backend-api"

type Api = ReturnType<typeof backendApi>

const prices = [
  { currency_code: "azn", amount: 40 },
  { currency_code: "eur", amount: 22 },
  { currency_code: "usd", amount: 24 },
]

/** A published one-hour listing booked on a resource, on a 60-minute grid. */
export async function hourListing(api: Api, token: string, resourceId: string, title: string) {
  const { product } = await api<{ product: { id: string; handle: string; variants: { id: string }[] } }>("/creator/products", {
    token,
    body: {
      kind: "service",
      title,
      service: { delivery: "onsite", lead_time_days: 0, date_required: false },
      variants: [{ title: "1 hour", prices }],
    },
  })
  await api(`/creator/products/${product.id}/publish`, { token, body: {} })
  await api(`/creator/resources/${resourceId}/offerings`, {
    token,
    body: { variant_id: product.variants[0]!.id, mode: "slot", duration_minutes: 60, grid_minutes: 60 },
  })
  return product
}

/** An approved shop with a studio open every day 09:00–21:00 (Baku) and a one-hour listing booked on it. */
export async function studioShop(api: Api, operator: { email: string; password: string }, stamp: string) {
  const { token, email, password } = await approvedShop(api, operator, "studio", stamp)
  const opening_hours = [1, 2, 3, 4, 5, 6, 7].map((day) => ({ day, opens: "09:00", closes: "21:00" }))
  const { resource } = await api<{ resource: { id: string } }>("/creator/resources", {
    token,
    body: { name: `Sound room ${stamp}`, opening_hours, window_days: 90, min_notice_minutes: 60 },
  })
  const product = await hourListing(api, token, resource.id, `Recording hour ${stamp}`)
  return { token, email, password, product, resource }
}

/** The starts the store offers on `date` (YYYY-MM-DD) for the product's first variant. */
export async function offeredStarts(api: Api, productId: string, date: string) {
  const { variants } = await api<{ variants: { slots: { start: string }[] }[] }>(
    `/store/products/${productId}/availability?from=${date}&to=${date}`,
  )
  return variants[0]!.slots.map((s) => s.start)
}

/** A buyer's new AZN cart holding the first start offered on `date` (YYYY-MM-DD): that start. */
export async function holdFirstSlot(api: Api, product: { id: string; variants: { id: string }[] }, date: string) {
  const { regions } = await api<{ regions: { id: string; currency_code: string }[] }>("/store/regions")
  const { cart } = await api<{ cart: { id: string } }>("/store/carts", {
    body: { region_id: regions.find((region) => region.currency_code === "azn")!.id },
  })
  const [start] = await offeredStarts(api, product.id, date)
  await api(`/store/carts/${cart.id}/booking-slots`, { body: { variant_id: product.variants[0]!.id, start } })
  return start!
}

/** In a slot picker (Azerbaijani): next month, then its `nth` bookable day, shown as the chosen one. */
export async function pickDayNextMonth(page: Page, picker: Locator, nth: number) {
  await picker.getByRole("link", { name: "Növbəti ay" }).click()
  await page.waitForURL(/month=/)
  // the URL changes before the page shows: wait for the new month's days, then for the clicked day
  const month = new URL(page.url()).searchParams.get("month")!
  const days = picker.locator(`table a[href*="day=${month}-"]`)
  await expect.poll(() => days.count()).toBeGreaterThan(nth)
  const link = days.nth(nth)
  const day = new URL((await link.getAttribute("href"))!, page.url()).searchParams.get("day")!
  await link.click()
  await page.waitForURL(new RegExp(`day=${day}`))
  await expect.poll(async () => picker.locator('table a[aria-current="date"]').getAttribute("href")).toContain(`day=${day}`)
}

/** Wall-clock "HH:MM" of an instant in a zone. */
export const clock = (at: string, zone: string) =>
  new Intl.DateTimeFormat("en-GB", { timeZone: zone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(new Date(at))
