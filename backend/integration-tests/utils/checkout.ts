import type { AxiosInstance } from "axios"
import type { Headers } from "./actors"

type Line = { variant_id: string; quantity?: number; metadata?: Record<string, unknown> }

export const bakuAddress = { first_name: "Aygün", last_name: "Məmmədova", address_1: "Nizami küç. 10", city: "Bakı", country_code: "az" }

/** A buyer's cart in a region with these lines (`cart` overrides the cart's fields: email, shipping_address…). */
export async function cartWith(api: AxiosInstance, store: Headers, regionId: string, lines: Line[], cart: Record<string, unknown> = {}) {
  const { data } = await api.post("/store/carts", { region_id: regionId, email: "buyer@example.az", ...cart }, store)
  for (const line of lines) await api.post(`/store/carts/${data.cart.id}/line-items`, { quantity: 1, ...line }, store)
  return (await api.get(`/store/carts/${data.cart.id}`, store)).data.cart
}

/** Starts a payment with Medusa's system provider (a new session each time, as a storefront's retry would). */
export async function pay(api: AxiosInstance, store: Headers, cartId: string) {
  const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, store)
  await api.post(
    `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
    { provider_id: "pp_system_default" },
    store,
  )
  return collection.payment_collection.id as string
}

/** Pays with Medusa's system provider and completes the cart; returns the order. */
export async function checkout(api: AxiosInstance, store: Headers, cartId: string) {
  return (await checkoutGroup(api, store, cartId)).order
}

/** The same, returning the whole answer: the first order and the order group. */
export async function checkoutGroup(api: AxiosInstance, store: Headers, cartId: string) {
  await pay(api, store, cartId)
  const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
  if (data.type !== "order") throw new Error(`checkout failed: ${JSON.stringify(data.error ?? data)}`)
  return data as { order: any; order_group: { id: string; display_id: number; receipt: string } }
}
