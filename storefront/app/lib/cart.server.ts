import { listingsFor } from "./catalogue.server"
import { BackendError, catalogue, store } from "./medusa.server"
import type { Shop } from "./shop.server"
import type { Cart } from "./types"

export const CART_FIELDS = [
  "id,email,currency_code,region_id,customer_id,completed_at,locale",
  "subtotal,item_subtotal,original_item_total,shipping_total,discount_total,tax_total,total",
  "*items",
  "*shipping_address,*billing_address,*shipping_methods,*promotions",
  "*payment_collection,*payment_collection.payment_sessions",
].join(",")

/** The visitor's open cart with everything the cart and checkout pages show, or null. */
export async function currentCart(shop: Shop): Promise<Cart | null> {
  const id = shop.session.get("cart_id")
  if (!id) return null
  try {
    let { cart } = await store<{ cart: Cart & { completed_at?: string | null } }>(`/store/carts/${id}`, {
      query: { fields: CART_FIELDS },
      token: shop.token,
    })
    if (cart.completed_at) {
      shop.session.unset("cart_id")
      return null
    }
    // the visitor switched language since the cart was made: its lines, deliveries and e-mails follow
    // (a cart Medusa can no longer refresh, say with a line of a suspended shop, stays as it was)
    if (cart.locale !== shop.locale)
      cart = await store<{ cart: Cart }>(`/store/carts/${id}`, {
        method: "POST",
        query: { fields: CART_FIELDS },
        body: { locale: shop.locale },
        token: shop.token,
      }).then(
        (updated) => updated.cart,
        (error: unknown) => {
          if (error instanceof BackendError && error.status < 500) return cart
          throw error
        },
      )
    const ids = (cart.items ?? []).map((item) => item.product_id)
    const [listings, sold] = await Promise.all([listingsFor(shop, ids), onSale(shop, ids)])
    for (const item of cart.items ?? []) {
      const listing = listings.get(item.product_id)
      if (listing) item.product = { id: item.product_id, creator: listing.creator, listing: { kind: listing.kind } }
      // withdrawn, or its shop suspended, since it was put in the cart: it cannot be bought
      item.unavailable = !sold.has(item.product_id)
    }
    return cart
  } catch (error) {
    if (error instanceof BackendError && (error.status === 404 || error.status === 401 || error.status === 403)) {
      shop.session.unset("cart_id")
      return null
    }
    throw error
  }
}

/** Which of these products the store still sells (published in its sales channel; a suspended shop's are not). */
async function onSale(shop: Shop, ids: string[]): Promise<Set<string>> {
  const unique = [...new Set(ids)].sort()
  if (!unique.length) return new Set()
  const { products } = await catalogue<{ products: { id: string }[] }>("/store/products", shop.scope, {
    id: unique,
    fields: "id",
    limit: unique.length,
  })
  return new Set(products.map((product) => product.id))
}

/** The open cart's id, creating a cart in the visitor's region (tied to the customer when signed in). */
export async function ensureCart(shop: Shop): Promise<string> {
  const existing = shop.session.get("cart_id")
  if (existing) return existing
  const { cart } = await store<{ cart: { id: string } }>("/store/carts", {
    method: "POST",
    body: { region_id: shop.region.id, locale: shop.locale },
    token: shop.token,
  })
  shop.session.set("cart_id", cart.id)
  return cart.id
}

export async function addToCart(shop: Shop, item: { variant_id: string; quantity: number; metadata?: Record<string, string> }) {
  const id = await ensureCart(shop)
  try {
    await store(`/store/carts/${id}/line-items`, { method: "POST", body: item, token: shop.token })
  } catch (error) {
    // a cart that was completed or deleted meanwhile: start a new one once
    if (error instanceof BackendError && error.status === 404) {
      shop.session.unset("cart_id")
      const fresh = await ensureCart(shop)
      await store(`/store/carts/${fresh}/line-items`, { method: "POST", body: item, token: shop.token })
      return
    }
    throw error
  }
}

/** Line items grouped by the creator who sells them (the order splits the same way). */
export function groupByCreator(cart: Cart) {
  const groups = new Map<string, { creator: { id: string; handle: string; name: string } | null; items: NonNullable<Cart["items"]> }>()
  for (const item of cart.items ?? []) {
    const creator = item.product?.creator ?? null
    const key = creator?.id ?? "marketplace"
    if (!groups.has(key))
      groups.set(key, { creator: creator ? { id: creator.id, handle: creator.handle, name: creator.name } : null, items: [] })
    groups.get(key)!.items.push(item)
  }
  return [...groups.values()]
}
