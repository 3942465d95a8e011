import type { Currency } from "./format"
import { BackendError, store } from "./medusa.server"
import { regionFor, type Shop } from "./shop.server"

/**
 * Remembers the visitor's currency in their session, moving an open cart to that currency's region
 * first: false (nothing remembered) when Medusa cannot move the cart (a line no longer for sale, or
 * without a price there), which keeps its own currency. The currency switcher and a partner feed's
 * `?country=` link both choose a currency this way.
 */
export async function rememberCurrency(shop: Shop, currency: Currency): Promise<boolean> {
  const cartId = shop.session.get("cart_id")
  if (cartId) {
    const region = await regionFor(currency)
    const moved = await store(`/store/carts/${cartId}`, { method: "POST", body: { region_id: region.id }, token: shop.token }).then(
      () => true,
      (error: unknown) => {
        if (!(error instanceof BackendError) || error.status >= 500) throw error
        // a cart that is gone (completed, deleted) is simply forgotten
        if (error.status === 404) shop.session.unset("cart_id")
        return error.status === 404
      },
    )
    if (!moved) return false
  }
  shop.session.set("currency", currency)
  return true
}

/** A path on this site without its `country` parameter: once a currency is chosen, the link's market must not choose it again. */
export function withoutCountry(path: string): string {
  const url = new URL(path, "http://storefront")
  if (!url.searchParams.has("country")) return path
  url.searchParams.delete("country")
  return `${url.pathname}${url.search}${url.hash}`
}
