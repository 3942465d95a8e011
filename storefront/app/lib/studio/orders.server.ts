import { data } from "react-router"
import { CreatorApiError } from "./api.server"
import { asMember, type Studio } from "./auth.server"
import { ORDERS_PER_PAGE, type OrderTab } from "./orders"
import type { CreatorOrder, Kind, Product, StudioBooking } from "./types"
import { pageCount } from "~/lib/paging.server"

/** A page of the shop's orders, newest first, filtered by the tab's status. */
export async function listOrders(studio: Studio, tab: OrderTab, page: number) {
  const { orders, count } = await asMember<{ orders: CreatorOrder[]; count: number }>(studio, "/creator/orders", {
    query: { status: tab === "all" ? undefined : tab, limit: ORDERS_PER_PAGE, offset: (page - 1) * ORDERS_PER_PAGE },
  })
  return { orders, count, pages: pageCount(count, ORDERS_PER_PAGE) }
}

/** The shop's own order, or the studio's 404: another shop's order is not found, exactly like a missing one. */
export async function ownOrder(studio: Studio, id: string) {
  if (!/^[\w-]+$/.test(id)) throw data("Not found", { status: 404 })
  try {
    return (await asMember<{ order: CreatorOrder }>(studio, `/creator/orders/${encodeURIComponent(id)}`)).order
  } catch (error) {
    if (error instanceof CreatorApiError && (error.status === 404 || error.status === 400)) throw data("Not found", { status: 404 })
    throw error
  }
}

/** Each line's kind, from its listing (a product deleted since the sale has none). */
export async function itemKinds(studio: Studio, order: CreatorOrder): Promise<Record<string, Kind | null>> {
  const productIds = [...new Set((order.items ?? []).map((item) => item.product_id).filter((id): id is string => Boolean(id)))]
  const kinds = new Map<string, Kind | null>(
    await Promise.all(
      productIds.map(async (id) => {
        try {
          const { product } = await asMember<{ product: Product }>(studio, `/creator/products/${encodeURIComponent(id)}`)
          return [id, product.listing?.kind ?? null] as const
        } catch (error) {
          if (error instanceof CreatorApiError && error.status === 404) return [id, null] as const
          throw error
        }
      }),
    ),
  )
  return Object.fromEntries(
    (order.items ?? []).map((item) => [item.id, item.requires_shipping ? "physical" : (kinds.get(item.product_id ?? "") ?? null)]),
  )
}

/** Where a booked line's booking stands now: confirmed, moved (confirmed again at another time) or cancelled. */
export type BookingState = "confirmed" | "moved" | "cancelled"

/**
 * The live state of the order's bookings, by booking id (a booked line's `metadata.booking.hold_id`),
 * from the bookings plugin's `GET /creator/bookings?order_id=`; the line itself says only the time.
 * A refusal (the plugin switched off) leaves the page with the times alone.
 */
export async function orderBookingStates(studio: Studio, order: CreatorOrder): Promise<Record<string, BookingState>> {
  if (!(order.items ?? []).some((item) => item.metadata?.booking)) return {}
  try {
    const { bookings } = await asMember<{ bookings: StudioBooking[] }>(studio, "/creator/bookings", { query: { order_id: order.id } })
    return Object.fromEntries(
      bookings.map((b) => [b.id, b.status === "cancelled" ? "cancelled" : (b.sequence ?? 0) > 0 ? "moved" : "confirmed"] as const),
    )
  } catch (error) {
    if (error instanceof CreatorApiError && error.status < 500) return {}
    throw error
  }
}
