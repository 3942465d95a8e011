import type { AxiosInstance } from "axios"
import type { Headers } from "./actors"

type Line = { variant_id: string; quantity?: number; metadata?: Record<string, unknown> }

/** A buyer's cart in a region with these lines. */
export async function cartWith(api: AxiosInstance, store: Headers, regionId: string, lines: Line[]) {
  const { data } = await api.post("/store/carts", { region_id: regionId, email: "buyer@example.az" }, store)
  for (const line of lines) await api.post(`/store/carts/${data.cart.id}/line-items`, { quantity: 1, ...line }, store)
  return (await api.get(`/store/carts/${data.cart.id}`, store)).data.cart
}

/** Pays with Medusa's system provider and completes the cart; returns the order. */
export async function checkout(api: AxiosInstance, store: Headers, cartId: string) {
  const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, store)
  await api.post(
    `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
    { provider_id: "pp_system_default" },
    store,
  )
  const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
  if (data.type !== "order") throw new Error(`checkout failed: ${JSON.stringify(data.error ?? data)}`)
  return data.order
}
