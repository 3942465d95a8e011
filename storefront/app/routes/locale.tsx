import { isRouteErrorResponse, Outlet } from "react-router"
import type { Route } from "./+types/locale"
import { ErrorPage } from "~/components/error-page"
import { SiteFooter, SiteHeader } from "~/components/site-chrome"
import { env } from "~/env.server"
import { CURRENCIES } from "~/lib/format"
import { cartSummary, currentCustomer } from "~/lib/account.server"
import { shopMiddleware } from "~/lib/shop-middleware.server"
import { shopContext } from "~/lib/shop.server"

export const middleware: Route.MiddlewareFunction[] = [shopMiddleware]

export async function loader({ context }: Route.LoaderArgs) {
  const shop = context.get(shopContext)
  const [customer, cart] = await Promise.all([currentCustomer(shop), cartSummary(shop)])
  return {
    origin: env.STOREFRONT_URL,
    currency: shop.currency,
    currencies: CURRENCIES,
    customer: customer ? { first_name: customer.first_name ?? customer.email } : null,
    cartCount: cart?.count ?? 0,
  }
}

export default function LocaleLayout({ loaderData }: Route.ComponentProps) {
  return (
    <>
      <SiteHeader currency={loaderData.currency} cartCount={loaderData.cartCount} signedIn={Boolean(loaderData.customer)} />
      <Outlet />
      <SiteFooter />
    </>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  const status = isRouteErrorResponse(error) ? error.status : 500
  return (
    <>
      <SiteHeader currency="azn" cartCount={0} signedIn={false} minimal />
      <ErrorPage status={status} />
    </>
  )
}
