import type { Cart } from "./types"

/** Whether anything in the cart is shipped (a physical item); downloads and services are not. */
export function needsShipping(cart: Cart) {
  return (cart.items ?? []).some((item) => item.requires_shipping ?? item.product?.listing?.kind === "physical")
}

/** Whether a refusal of Medusa's cart routes is its "…does not have the required inventory" (English, so the storefront says it in the buyer's words). */
export const isStockRefusal = (message: string) => /inventory/i.test(message)

/** Whether a refusal is the backend's "…is a digital item … its quantity stays 1" (a download already in the cart). */
export const isOneCopyRefusal = (message: string) => /is a digital item: .*quantity stays 1/.test(message)
