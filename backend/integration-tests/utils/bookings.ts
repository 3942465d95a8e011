import type { MedusaContainer } from "@medusajs/framework/types"
import type { AxiosInstance } from "axios"
import { approvedShop, type Headers } from "./actors"
import { ok } from "./http"
import { publishListing } from "./listings"
import { openMarketplace } from "./marketplace"

const prices = [
  { currency_code: "azn", amount: 40 },
  { currency_code: "eur", amount: 22 },
  { currency_code: "usd", amount: 24 },
]

/** A date (YYYY-MM-DD) of the given ISO weekday (1 = Monday) at least `minDays` ahead, in UTC terms. */
export function weekdayAhead(weekday: number, minDays = 7): string {
  const day = new Date(Date.now() + minDays * 86_400_000)
  while (((day.getUTCDay() + 6) % 7) + 1 !== weekday) day.setUTCDate(day.getUTCDate() + 1)
  return day.toISOString().slice(0, 10)
}

/** The calendar day after `date` (YYYY-MM-DD). */
export function dayAfter(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)
}

/** A Baku wall-clock time (UTC+4 all year) as an ISO instant. */
export const baku = (date: string, time: string) => `${date}T${time}:00+04:00`

/** A published service listing whose one variant books `resource` on a slot grid (or as sessions). */
export async function bookableListing(
  api: AxiosInstance,
  shop: Headers,
  resourceId: string,
  title: string,
  offering: { mode: "slot" | "session"; duration_minutes?: number; grid_minutes?: number },
) {
  const product = await publishListing(api, shop, {
    kind: "service",
    title,
    service: { delivery: "onsite", lead_time_days: 0, date_required: false },
    variants: [{ title: offering.mode === "slot" ? `${offering.duration_minutes} min` : "Seat", prices }],
  })
  const variantId = product.variants[0].id as string
  await api.post(`/creator/resources/${resourceId}/offerings`, { variant_id: variantId, ...offering }, shop)
  return { product_id: product.id as string, variant_id: variantId }
}

/** A new cart in the region; returns its id. */
export async function newCart(api: AxiosInstance, store: Headers, regionId: string, email = "buyer@example.az") {
  const { data } = await api.post("/store/carts", { region_id: regionId, email }, store)
  return data.cart.id as string
}

const weekdays = [1, 2, 3, 4, 5].map((day) => ({ day, opens: "10:00", closes: "18:00" }))

/** The start times (HH:MM, the resource's time) of an availability answer's first variant. */
export const startsOf = (data: any): string[] => data.variants[0].slots.map((s: any) => s.resource_local.start.slice(11, 16))

/**
 * A music shop with a sound studio (weekdays 10–18, 30 minutes' buffer, 60 days ahead) booked by
 * the slot for a recording session, and a 20-seat hall with a masterclass session next Tuesday
 * 15:00–18:00 Baku time; with the store's calls to see availability and hold a slot.
 */
export async function openBookingShop(api: AxiosInstance, container: MedusaContainer) {
  const market = await openMarketplace(api, container)
  const store = market.storeHeaders
  const shop = await approvedShop(api, market.admin, "studios@example.az", { handle: "centre-studios", programme: "music" })
  const resource = async (body: Record<string, unknown>) =>
    (await api.post("/creator/resources", { opening_hours: weekdays, ...body }, shop.headers)).data.resource as { id: string }
  const studio = await resource({ name: "Sound studio", buffer_after_minutes: 30, min_notice_minutes: 60, window_days: 60 })
  const hall = await resource({ name: "Masterclass hall", capacity: 20 })
  const recording = await bookableListing(api, shop.headers, studio.id, "Recording session", {
    mode: "slot",
    duration_minutes: 120,
    grid_minutes: 60,
  })
  const masterclass = await bookableListing(api, shop.headers, hall.id, "AI in animation masterclass", { mode: "session" })
  const monday = weekdayAhead(1)
  // the day after that Monday: weekdayAhead(2) is before it when today is a Tuesday
  const tuesday = dayAfter(monday)
  const sessionStart = baku(tuesday, "15:00")
  await api.post(
    `/creator/resources/${hall.id}/sessions`,
    { variant_id: masterclass.variant_id, starts_at: sessionStart, ends_at: baku(tuesday, "18:00") },
    shop.headers,
  )
  return {
    store,
    admin: market.admin,
    regionId: market.regionId,
    salesChannelId: market.salesChannelId,
    shop,
    studio,
    hall,
    recording,
    masterclass,
    monday,
    tuesday,
    sessionStart,
    availability: (productId: string, query: string) => api.get(`/store/products/${productId}/availability?${query}`, { ...store, ...ok }),
    hold: (cartId: string, variantId: string, start: string) =>
      api.post(`/store/carts/${cartId}/booking-slots`, { variant_id: variantId, start }, { ...store, ...ok }),
  }
}

export type BookingShop = Awaited<ReturnType<typeof openBookingShop>>
