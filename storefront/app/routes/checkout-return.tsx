import { Link, redirect } from "react-router"
import type { Route } from "./+types/checkout-return"
import { translate } from "~/lib/i18n.server"
import type { MessageKey } from "~/lib/i18n"
import { BackendError, store } from "~/lib/medusa.server"
import { placeOrder, StripeReturn, stripeIntentId } from "~/lib/payment.server"
import { shopContext } from "~/lib/shop.server"
import type { Cart } from "~/lib/types"
import { useT } from "~/lib/use-t"
import { privateMeta } from "~/lib/seo"

type Outcome = { problem: "declined" | "processing" | "unknown" | "failed" }

/**
 * Where Stripe sends the buyer back after `confirmPayment` (cards with 3-D Secure, bank redirects):
 * a succeeded payment completes the cart into orders (the backend asks Stripe again, so a forged
 * query string buys nothing); anything else keeps the cart and says what to do.
 */
export async function loader({ request, context }: Route.LoaderArgs) {
  const shop = context.get(shopContext)
  const title = translate(shop.locale, "payment.returnTitle")
  const problem = (kind: Outcome["problem"], reason = "") => ({ title, problem: kind, reason })
  const cartId = shop.session.get("cart_id")
  if (!cartId) throw redirect(`/${shop.locale}/cart`)
  const query = StripeReturn.safeParse(Object.fromEntries(new URL(request.url).searchParams))
  if (!query.success) return problem("unknown")
  const cart = await store<{ cart: Cart }>(`/store/carts/${cartId}`, {
    query: { fields: "id,*payment_collection,*payment_collection.payment_sessions" },
    token: shop.token,
  }).then(
    (answer) => answer.cart,
    (error) => {
      if (error instanceof BackendError && error.status === 404) return null
      throw error
    },
  )
  if (!cart) {
    shop.session.unset("cart_id")
    throw redirect(`/${shop.locale}/cart`)
  }
  // only the intent of this browser's cart: another cart's id is not ours to complete
  if (stripeIntentId(cart) !== query.data.payment_intent) return problem("unknown")
  const status = query.data.redirect_status
  if (status === "processing") return problem("processing")
  if (status !== "succeeded") return problem("declined")
  const placed = await placeOrder(shop, cart.id)
  if (placed.ok) return redirect(placed.to)
  return problem("failed", placed.reason)
}

export const meta: Route.MetaFunction = ({ loaderData }) => privateMeta(loaderData?.title)

const MESSAGES: Record<Outcome["problem"], MessageKey> = {
  declined: "payment.declined",
  processing: "payment.processing",
  unknown: "payment.unknown",
  failed: "payment.notCompleted",
}

export default function CheckoutReturn({ loaderData, params }: Route.ComponentProps) {
  const t = useT()
  const { problem, reason } = loaderData
  return (
    <main id="main" className="container-page max-w-2xl py-12">
      <h1 className="text-3xl font-bold tracking-tight">{loaderData.title}</h1>
      <p role="alert" className="mt-4 rounded-md border border-red-200 bg-red-50 p-4 text-red-800" data-testid="payment-problem">
        {t(MESSAGES[problem], { reason: reason || t("error.generic") })}
      </p>
      <p className="mt-3 text-sm text-stone-600">{t("payment.cartKept")}</p>
      <div className="mt-6 flex gap-3">
        <Link to={`/${params.locale}/checkout#payment`} className="btn-primary">
          {t("payment.tryAgain")}
        </Link>
        <Link to={`/${params.locale}/cart`} className="btn-secondary">
          {t("payment.backToCart")}
        </Link>
      </div>
    </main>
  )
}

export { LocaleErrorBoundary as ErrorBoundary } from "~/components/route-error"
