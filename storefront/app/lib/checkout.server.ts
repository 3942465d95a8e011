import { z } from "zod"
import { FetchError } from "@medusajs/js-sdk"
import { BackendError, sdk, store } from "./medusa.server"
import type { Shop } from "./shop.server"
import type { Cart, ShippingOption } from "./types"

/** One schema for the address step, used by the action (and its messages by the form). */
export const CheckoutAddress = z.object({
  email: z.email(),
  first_name: z.string().trim().min(1).max(100),
  last_name: z.string().trim().min(1).max(100),
  address_1: z.string().trim().min(1).max(200),
  city: z.string().trim().min(1).max(100),
  postal_code: z.string().trim().max(20).optional().default(""),
  country_code: z.string().regex(/^[a-z]{2}$/),
  phone: z.string().trim().max(40).optional().default(""),
})
export type CheckoutAddressType = z.infer<typeof CheckoutAddress>

export function needsShipping(cart: Cart) {
  return (cart.items ?? []).some((item) => item.requires_shipping ?? item.product?.listing?.kind === "physical")
}

export async function shippingOptions(shop: Shop, cart: Cart): Promise<(ShippingOption & { creator_id?: string | null })[]> {
  const { shipping_options } = await store<{ shipping_options: (ShippingOption & { data?: Record<string, unknown> })[] }>(
    "/store/shipping-options",
    {
      query: { cart_id: cart.id },
      token: shop.token,
    },
  )
  return shipping_options.map((option) => ({
    ...option,
    creator_id: (option as { creator_id?: string }).creator_id ?? (option.data?.creator_id as string | undefined) ?? null,
  }))
}

export async function paymentProviders(shop: Shop): Promise<string[]> {
  const { payment_providers } = await store<{ payment_providers: { id: string }[] }>("/store/payment-providers", {
    query: { region_id: shop.region.id },
  })
  return payment_providers.map((p) => p.id)
}

/** Creates the payment session for `provider` on the cart's payment collection. */
export async function startPayment(shop: Shop, cart: Cart, provider: string) {
  let collectionId = cart.payment_collection?.id
  if (!collectionId) {
    const { payment_collection } = await store<{ payment_collection: { id: string } }>("/store/payment-collections", {
      method: "POST",
      body: { cart_id: cart.id },
      token: shop.token,
    })
    collectionId = payment_collection.id
  }
  const { payment_collection } = await store<{
    payment_collection: { payment_sessions?: { id: string; provider_id: string; data?: Record<string, unknown> }[] }
  }>(`/store/payment-collections/${collectionId}/payment-sessions`, { method: "POST", body: { provider_id: provider }, token: shop.token })
  return payment_collection.payment_sessions?.find((session) => session.provider_id === provider) ?? null
}

export type Completion =
  | { type: "order"; order: { id: string; display_id: number }; order_group?: { id: string; display_id: number } }
  | { type: "cart"; cart: Cart; error: { message: string; name?: string } }

/** `sdk.store.cart.complete`: an order (and, once orders split, its order group), or the cart with the reason. */
export async function completeCart(shop: Shop, cartId: string): Promise<Completion> {
  try {
    return (await sdk.store.cart.complete(cartId, {}, shop.token ? { authorization: `Bearer ${shop.token}` } : {})) as unknown as Completion
  } catch (error) {
    if (error instanceof FetchError && error.status) throw new BackendError(error.status, error.message)
    throw error
  }
}
