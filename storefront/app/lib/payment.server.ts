import { z } from "zod"
import { env } from "~/env.server"
import { completeCart, startPayment } from "./checkout.server"
import { BackendError } from "./medusa.server"
import type { Shop } from "./shop.server"
import type { Cart, CheckoutPaymentMethod } from "./types"

export const SYSTEM_PROVIDER = "pp_system_default"
export const STRIPE_PROVIDER = "pp_stripe_stripe"

/**
 * Stripe when the region offers it and the storefront has a publishable key to run the Payment
 * Element with; Medusa's system provider otherwise (development, tests, no Stripe account).
 */
export function choosePaymentProvider(offered: string[], stripePublishableKey: string | undefined = env.STRIPE_PUBLISHABLE_KEY) {
  return offered.includes(STRIPE_PROVIDER) && stripePublishableKey ? STRIPE_PROVIDER : SYSTEM_PROVIDER
}

/**
 * The client secret of the cart's Stripe PaymentIntent: the open Stripe session for the cart's
 * current total when there is one (Medusa drops sessions when the cart changes), else a new one.
 */
export async function stripeClientSecret(shop: Shop, cart: Cart): Promise<string> {
  const open = cart.payment_collection?.payment_sessions?.find(
    (session) => session.provider_id === STRIPE_PROVIDER && session.amount === cart.total,
  )
  const session = open ?? (await startPayment(shop, cart, STRIPE_PROVIDER))
  const secret = session?.data?.client_secret
  if (typeof secret !== "string") throw new BackendError(502, "Stripe gave no client secret for this cart.")
  return secret
}

/** The PaymentIntent id of the cart's Stripe session, to recognise the one Stripe sends the buyer back with. */
export function stripeIntentId(cart: Cart): string | null {
  const session = cart.payment_collection?.payment_sessions?.find((s) => s.provider_id === STRIPE_PROVIDER)
  return typeof session?.data?.id === "string" ? session.data.id : null
}

/** Stripe's Payment Element for the cart's PaymentIntent when the region offers Stripe, else the system provider. */
export async function paymentMethod(shop: Shop, cart: Cart, offered: string[]): Promise<CheckoutPaymentMethod> {
  if (choosePaymentProvider(offered) !== STRIPE_PROVIDER) return { provider: "system", id: SYSTEM_PROVIDER }
  try {
    return { provider: "stripe", publishableKey: env.STRIPE_PUBLISHABLE_KEY!, clientSecret: await stripeClientSecret(shop, cart) }
  } catch (error) {
    // Stripe unreachable or refusing: say so on the page instead of failing the whole checkout
    if (!(error instanceof BackendError)) throw error
    console.error(`Stripe payment session for cart ${cart.id} failed: ${error.message}`)
    return { provider: "stripe", unavailable: true }
  }
}

/** What Stripe appends to the `return_url` (https://docs.stripe.com/payments/accept-a-payment?platform=web&ui=elements#web-submit-payment). */
export const StripeReturn = z.object({
  payment_intent: z.string().regex(/^pi_\w+$/),
  redirect_status: z.enum(["succeeded", "processing", "requires_payment_method", "failed", "canceled"]),
})

/** Completes the cart into orders; the order's (or group's) confirmation path, or why it failed. */
export async function placeOrder(shop: Shop, cartId: string): Promise<{ ok: true; to: string } | { ok: false; reason: string }> {
  try {
    const result = await completeCart(shop, cartId)
    if (result.type !== "order") return { ok: false, reason: result.error?.message ?? "" }
    shop.session.unset("cart_id")
    const target = result.order_group ? { id: result.order_group.id, group: true } : { id: result.order.id, group: false }
    const orders = [target.id, ...(shop.session.get("orders") ?? [])].slice(0, 10)
    shop.session.set("orders", orders)
    const receipts = {
      ...shop.session.get("receipts"),
      ...(result.order_group?.receipt ? { [target.id]: result.order_group.receipt } : {}),
    }
    shop.session.set("receipts", Object.fromEntries(orders.filter((id) => receipts[id]).map((id) => [id, receipts[id]!])))
    return { ok: true, to: `/${shop.locale}/orders/${target.id}${target.group ? "?group=1" : ""}` }
  } catch (error) {
    if (error instanceof BackendError && error.status < 500) return { ok: false, reason: error.message }
    throw error
  }
}
