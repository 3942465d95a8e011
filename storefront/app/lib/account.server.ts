import { BackendError, store } from "./medusa.server"
import type { Shop } from "./shop.server"
import type { Customer } from "./types"

/** The signed-in customer, or null; a token the backend no longer accepts is dropped from the session. */
export async function currentCustomer(shop: Shop): Promise<Customer | null> {
  if (!shop.token) return null
  try {
    return (
      await store<{ customer: Customer }>("/store/customers/me", {
        token: shop.token,
        query: { fields: "id,email,first_name,last_name,*addresses" },
      })
    ).customer
  } catch (error) {
    if (error instanceof BackendError && (error.status === 401 || error.status === 404)) {
      shop.session.unset("token")
      return null
    }
    throw error
  }
}

/** How many things are in the visitor's cart (for the header); a cart that is gone is forgotten. */
export async function cartSummary(shop: Shop): Promise<{ count: number } | null> {
  const id = shop.session.get("cart_id")
  if (!id) return null
  try {
    const { cart } = await store<{ cart: { items?: { quantity: number }[]; completed_at?: string | null } }>(`/store/carts/${id}`, {
      query: { fields: "id,completed_at,items.quantity" },
    })
    if (cart.completed_at) {
      shop.session.unset("cart_id")
      return null
    }
    return { count: (cart.items ?? []).reduce((sum, item) => sum + item.quantity, 0) }
  } catch (error) {
    if (error instanceof BackendError && error.status === 404) {
      shop.session.unset("cart_id")
      return null
    }
    throw error
  }
}
