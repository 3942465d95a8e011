import type { Cart } from "./types"

/** Whether anything in the cart is shipped (a physical item); downloads and services are not. */
export function needsShipping(cart: Cart) {
  return (cart.items ?? []).some((item) => item.requires_shipping ?? item.product?.listing?.kind === "physical")
}
