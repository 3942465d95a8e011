import { listingsFor, notFound } from "./catalogue.server"
import { BackendError, store } from "./medusa.server"
import type { Shop } from "./shop.server"
import type { Download, Order, OrderGroup } from "./types"

const ORDER_FIELDS = "id,display_id,email,currency_code,total,status,created_at,*items"

/** Each line's product with its creator and listing kind (an order's lines do not say what kind of listing they bought). */
async function attachListings(shop: Shop, items: NonNullable<Order["items"]>) {
  const listings = await listingsFor(
    shop,
    items.map((item) => item.product_id),
  )
  for (const item of items) {
    const listing = listings.get(item.product_id)
    if (listing) item.product = { id: item.product_id, creator: listing.creator, listing: { kind: listing.kind } }
  }
}

/**
 * The receipt this browser keeps for a purchase it placed (docs/decisions/056): with it an account's
 * purchase, and its bookings, answer a buyer who is not signed in.
 */
export const receiptOf = (shop: Shop, purchaseId: string): string | undefined => shop.session.get("receipts")?.[purchaseId]

/** A confirmation: the order group when orders are split, else the single order as a group of one. */
export async function confirmation(shop: Shop, id: string, group: boolean, given?: string): Promise<OrderGroup | null> {
  try {
    if (group) {
      const receipt = given ?? receiptOf(shop, id)
      const { order_group } = await store<{ order_group: OrderGroup }>(`/store/order-groups/${encodeURIComponent(id)}`, {
        token: shop.token,
        ...(receipt ? { query: { receipt } } : {}),
      })
      await attachListings(
        shop,
        order_group.orders.flatMap((order) => order.items ?? []),
      )
      return order_group
    }
    const { order } = await store<{ order: Order }>(`/store/orders/${encodeURIComponent(id)}`, {
      token: shop.token,
      query: { fields: ORDER_FIELDS },
    })
    await attachListings(shop, order.items ?? [])
    const creators = new Map<string, { id: string; handle: string; name: string }>()
    for (const item of order.items ?? []) if (item.product?.creator) creators.set(item.product.creator.id, item.product.creator)
    return {
      ...order,
      // one order bought from several creators shows each creator's part, as the order groups will
      orders: (creators.size ? [...creators.values()] : [null]).map((creator) => ({
        ...order,
        creator,
        items: (order.items ?? []).filter((item) => !creator || item.product?.creator?.id === creator.id),
      })),
    }
  } catch (error) {
    if (error instanceof BackendError && (error.status === 404 || error.status === 401 || error.status === 403)) return null
    throw error
  }
}

/** This browser keeps a purchase (and its receipt) as if it had placed it: the last 10, as checkout keeps them. */
function remember(shop: Shop, id: string, receipt: string) {
  const orders = [id, ...(shop.session.get("orders") ?? []).filter((o) => o !== id)].slice(0, 10)
  const receipts = { ...shop.session.get("receipts"), [id]: receipt }
  shop.session.set("orders", orders)
  shop.session.set("receipts", Object.fromEntries(orders.filter((o) => receipts[o]).map((o) => [o, receipts[o]!])))
}

/**
 * A purchase is shown to the browser that placed it, to the signed-in customer who owns it, or to
 * whoever opens it with its receipt (`?receipt=`, the buyer's e-mails link to it: 015, 056); else
 * 404. A receipt the backend accepted is kept in this browser's session, so the purchase's other
 * pages (reschedule, cancel) answer to it too without the receipt in their URL.
 */
export async function ownPurchase(shop: Shop, id: string, request: Request): Promise<OrderGroup> {
  const url = new URL(request.url)
  const group = url.searchParams.get("group") === "1"
  const receipt = url.searchParams.get("receipt")
  if (group && receipt && receipt !== receiptOf(shop, id)) {
    const found = (await confirmation(shop, id, true, receipt)) ?? notFound()
    remember(shop, id, receipt)
    return found
  }
  const placedHere = (shop.session.get("orders") ?? []).includes(id)
  if (!placedHere && !shop.token) notFound()
  return (await confirmation(shop, id, group)) ?? notFound()
}

export async function downloads(shop: Shop): Promise<Download[]> {
  if (!shop.token) return []
  return (await store<{ downloads: Download[] }>("/store/customers/me/downloads", { token: shop.token })).downloads
}

export type ShippingState = "preparing" | "partially_shipped" | "shipped" | "delivered"

/** Where a purchase's parcels stand, over the creators' orders that have something to ship (null: nothing to ship). */
export function shippingState(orders: Order[]): ShippingState | null {
  const parcels = orders.filter((order) => order.status !== "canceled" && (order.items ?? []).some((item) => item.requires_shipping))
  if (!parcels.length) return null
  const states = parcels.map((order) => order.fulfillment_status ?? "not_fulfilled")
  if (states.every((s) => s === "delivered")) return "delivered"
  if (states.every((s) => s === "shipped" || s === "delivered")) return "shipped"
  return states.some((s) => s === "shipped" || s === "delivered" || s === "partially_shipped") ? "partially_shipped" : "preparing"
}

/** The signed-in buyer's purchases: one row per order group (what the confirmation showed), newest first. */
/** Whether a purchase's creators' orders were cancelled: all of them, some, or none. */
export type CancelState = "cancelled" | "partly" | null
export function cancelState(orders: { status: string }[]): CancelState {
  const cancelled = orders.filter((o) => o.status === "canceled").length
  return cancelled === 0 ? null : cancelled === orders.length ? "cancelled" : "partly"
}

export async function orderHistory(
  shop: Shop,
): Promise<(Order & { group: boolean; orders: Order[]; shipping?: ShippingState | null; cancelled?: CancelState })[]> {
  if (!shop.token) return []
  try {
    const { order_groups } = await store<{ order_groups: OrderGroup[] }>("/store/customers/me/order-groups", {
      token: shop.token,
      query: { limit: 50 },
    })
    return order_groups.map((group) => ({
      ...group,
      group: true,
      items: group.orders.flatMap((order) => order.items ?? []),
      shipping: shippingState(group.orders),
      cancelled: cancelState(group.orders),
    }))
  } catch (error) {
    // a backend without split orders: Medusa's own orders
    if (!(error instanceof BackendError && error.status === 404)) throw error
  }
  const { orders } = await store<{ orders: Order[] }>("/store/orders", {
    token: shop.token,
    query: { fields: "id,display_id,status,total,currency_code,created_at,email,*items", order: "-created_at", limit: 50 },
  })
  return orders.map((order) => ({
    ...order,
    group: false,
    orders: [order],
    cancelled: order.status === "canceled" ? ("cancelled" as const) : null,
  }))
}
