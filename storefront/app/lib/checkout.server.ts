import { z } from "zod"
import { FetchError } from "@medusajs/js-sdk"
import { BackendError, sdk, store } from "./medusa.server"
import type { Shop } from "./shop.server"
import type { Cart, ShippingOption } from "./types"

/** One schema for the address step, used by the action (and its messages by the form). */
export const CheckoutAddress = z.object({
  // 254: the longest address mail can be delivered to, and what the backend takes (RFC 5321)
  email: z.email().max(254),
  first_name: z.string().trim().min(1).max(100),
  last_name: z.string().trim().min(1).max(100),
  address_1: z.string().trim().min(1).max(200),
  city: z.string().trim().min(1).max(100),
  postal_code: z.string().trim().max(20).optional().default(""),
  country_code: z.string().regex(/^[a-z]{2}$/),
  phone: z.string().trim().max(40).optional().default(""),
})
export type CheckoutAddressType = z.infer<typeof CheckoutAddress>

/**
 * A purchase with nothing to ship asks only who pays and the country they live in: the e-mail
 * gets the confirmation and downloads, name and country go on the receipt, and the country is
 * what the tax is computed from (docs/decisions/043).
 */
export const CheckoutContact = CheckoutAddress.pick({ email: true, first_name: true, last_name: true, country_code: true })

/** The first step is done: a street when something ships, else a name and a country. */
export function contactDone(cart: Cart, shipping: boolean) {
  const address = cart.shipping_address
  return Boolean(cart.email && (shipping ? address?.address_1 : address?.country_code && address.first_name))
}

/** The first step's form, checked with the schema the cart needs: the fields to save, or each wrong field's message. */
export function parseContact(form: FormData, shipping: boolean) {
  const parsed = (shipping ? CheckoutAddress : CheckoutContact).safeParse(Object.fromEntries(form))
  if (parsed.success) {
    const { email, ...address } = parsed.data
    return { email, address }
  }
  const message = (path: PropertyKey | undefined, code: string) =>
    path === "email" && code !== "invalid_type" ? ("checkout.emailInvalid" as const) : ("checkout.fieldRequired" as const)
  return { errors: Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), message(issue.path[0], issue.code)])) }
}

export type DeliveryOption = ShippingOption & { creator_id: string | null }

/** The cart's delivery options, each with the creator it belongs to (null: the marketplace's own delivery). */
export async function shippingOptions(shop: Shop, cart: Cart): Promise<DeliveryOption[]> {
  const { delivery_options } = await store<{ delivery_options: DeliveryOption[] }>(`/store/carts/${cart.id}/delivery-options`, {
    token: shop.token,
  })
  return delivery_options
}

/** The deliveries in the cart no longer offered as chosen (the shop deleted or repriced them since): the buyer chooses again. */
export function staleMethods(cart: Cart, options: DeliveryOption[]) {
  return (cart.shipping_methods ?? []).filter((m) => !options.some((o) => o.id === m.shipping_option_id && o.amount === m.amount))
}

type CreatorGroup = { creator: { id: string; name: string } | null; physical: boolean }

/**
 * One delivery choice per creator that ships with options of their own, and one with the
 * marketplace's options for every other creator's physical goods (it is charged once, 012).
 */
export function deliveriesFor(groups: CreatorGroup[], options: DeliveryOption[]) {
  const physical = groups.filter((g) => g.physical)
  const own = (g: CreatorGroup) => options.filter((o) => o.creator_id && o.creator_id === g.creator?.id)
  const rest = physical.filter((g) => !own(g).length)
  const marketplace = options.filter((o) => !o.creator_id)
  return [
    ...physical.filter((g) => own(g).length).map((g) => ({ key: g.creator!.id, name: g.creator!.name, options: own(g) })),
    ...(rest.length && marketplace.length
      ? [{ key: "marketplace", name: rest.map((g) => g.creator?.name ?? "").join(", "), options: marketplace }]
      : []),
  ]
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
  | { type: "order"; order: { id: string; display_id: number }; order_group?: { id: string; display_id: number; receipt?: string } }
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
