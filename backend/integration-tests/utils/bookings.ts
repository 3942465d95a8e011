import type { AxiosInstance } from "axios"
import type { Headers } from "./actors"
import { publishListing } from "./listings"

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
